// Better Auth (TypeScript auth library): the verification mail an app sends through
// `emailVerification.sendVerificationEmail`; the app writes the text, and most follow the
// documentation's example (subject "Verify your email address", "Click the link to verify your
// email: <url>"), greeting `user.name`. Source: better-auth.com docs "Email verification"
// (reconstruction of typical app texts in each language).
import type { Product } from '../../product.ts'

const verify = (f: { domain: string; token: string }) =>
  `https://${f.domain}/api/auth/verify-email?token=${f.token}&callbackURL=/dashboard`

export const BETTER_AUTH_VERIFY: Product = {
  product: 'Better Auth',
  family: 'verification',
  source: 'better-auth docs sendVerificationEmail example, "Verify your email address"',
  echo: 'name',
  hosted: null,
  locals: ['no-reply', 'auth', 'hello', 'team'],
  subdomains: ['', 'mail.', 'send.'],
  texts: {
    en: (f) => ({
      subject: 'Verify your email address',
      body: `Hi ${f.name},\n\nClick the link to verify your email: ${verify(f)}\n\n— ${f.company}`,
    }),
    de: (f) => ({
      subject: 'Bestätige deine E-Mail-Adresse',
      body: `Hi ${f.name},\n\nklicke auf den Link, um deine E-Mail-Adresse zu bestätigen: ${verify(f)}\n\n— ${f.company}`,
    }),
    fr: (f) => ({
      subject: 'Vérifiez votre adresse e-mail',
      body: `Bonjour ${f.name},\n\nCliquez sur le lien pour vérifier votre e-mail : ${verify(f)}\n\n— ${f.company}`,
    }),
    es: (f) => ({
      subject: 'Verifica tu dirección de correo',
      body: `Hola ${f.name},\n\nHaz clic en el enlace para verificar tu correo: ${verify(f)}\n\n— ${f.company}`,
    }),
    pt: (f) => ({
      subject: 'Verifique seu endereço de e-mail',
      body: `Oi ${f.name},\n\nClique no link para verificar seu e-mail: ${verify(f)}\n\n— ${f.company}`,
    }),
    it: (f) => ({
      subject: 'Verifica il tuo indirizzo email',
      body: `Ciao ${f.name},\n\nclicca sul link per verificare la tua email: ${verify(f)}\n\n— ${f.company}`,
    }),
    nl: (f) => ({
      subject: 'Bevestig je e-mailadres',
      body: `Hoi ${f.name},\n\nKlik op de link om je e-mailadres te bevestigen: ${verify(f)}\n\n— ${f.company}`,
    }),
  },
}
