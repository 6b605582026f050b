// Lucia (auth guide, lucia-auth.com): the email-verification-code mail of its "Email
// verification codes" guide — the app sends an eight-character code, no link; the text is the
// app's own, usually one line ("Your verification code is …"). Source: lucia-auth.com guides
// "Email verification codes" (reconstruction of typical app texts in each language).
import type { Product } from '../../product.ts'

const code = (token: string) => token.slice(0, 8).toUpperCase()

export const LUCIA_VERIFY: Product = {
  product: 'Lucia',
  family: 'verification',
  source: 'lucia-auth.com guide "Email verification codes" (reconstruction)',
  echo: 'none',
  hosted: null,
  locals: ['noreply', 'verify', 'accounts'],
  subdomains: ['', 'auth.', 'mail.'],
  texts: {
    en: (f) => ({
      subject: `Your ${f.company} verification code`,
      body: `Your verification code is ${code(f.token)}\n\nEnter it on the sign-up page to confirm your email address. The code expires in 15 minutes.`,
    }),
    de: (f) => ({
      subject: `Dein Bestätigungscode für ${f.company}`,
      body: `Dein Bestätigungscode lautet ${code(f.token)}\n\nGib ihn auf der Registrierungsseite ein, um deine E-Mail-Adresse zu bestätigen. Der Code ist 15 Minuten gültig.`,
    }),
    fr: (f) => ({
      subject: `Votre code de vérification ${f.company}`,
      body: `Votre code de vérification est ${code(f.token)}\n\nSaisissez-le sur la page d'inscription pour confirmer votre adresse e-mail. Il expire dans 15 minutes.`,
    }),
    es: (f) => ({
      subject: `Tu código de verificación de ${f.company}`,
      body: `Tu código de verificación es ${code(f.token)}\n\nIntrodúcelo en la página de registro para confirmar tu correo. Caduca en 15 minutos.`,
    }),
    pt: (f) => ({
      subject: `O seu código de verificação ${f.company}`,
      body: `O seu código de verificação é ${code(f.token)}\n\nIntroduza-o na página de registo para confirmar o seu e-mail. O código expira em 15 minutos.`,
    }),
    it: (f) => ({
      subject: `Il tuo codice di verifica ${f.company}`,
      body: `Il tuo codice di verifica è ${code(f.token)}\n\nInseriscilo nella pagina di registrazione per confermare la tua email. Scade tra 15 minuti.`,
    }),
    nl: (f) => ({
      subject: `Je verificatiecode voor ${f.company}`,
      body: `Je verificatiecode is ${code(f.token)}\n\nVul hem in op de registratiepagina om je e-mailadres te bevestigen. De code verloopt over 15 minuten.`,
    }),
  },
}
