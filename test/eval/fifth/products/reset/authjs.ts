// Auth.js (NextAuth.js) Email / Nodemailer provider: the default magic-link sign-in mail, subject
// "Sign in to <host>", a "Sign in" button and "If you did not request this email you can safely
// ignore it." Source: nextauthjs/next-auth `packages/core/src/providers/nodemailer.ts`
// (default `sendVerificationRequest` html/text); the text is English only, other languages are
// app authors' translations (reconstruction).
import type { Product } from '../../product.ts'

const host = (domain: string) => `app.${domain}`
const url = (f: { domain: string; token: string }) =>
  `https://${host(f.domain)}/api/auth/callback/nodemailer?callbackUrl=%2F&token=${f.token}&email=`

export const AUTHJS_SIGNIN: Product = {
  product: 'Auth.js',
  family: 'reset',
  source: 'next-auth providers/nodemailer default sendVerificationRequest, "Sign in to <host>"',
  echo: 'none',
  hosted: null,
  locals: ['no-reply', 'auth', 'login', 'noreply'],
  subdomains: ['', 'app.', 'mail.'],
  texts: {
    en: (f) => ({
      subject: `Sign in to ${host(f.domain)}`,
      body: `Sign in to ${host(f.domain)}\n\nSign in: ${url(f)}${encodeURIComponent(f.email)}\n\nIf you did not request this email you can safely ignore it.`,
    }),
    de: (f) => ({
      subject: `Anmelden bei ${host(f.domain)}`,
      body: `Anmelden bei ${host(f.domain)}\n\nAnmelden: ${url(f)}${encodeURIComponent(f.email)}\n\nWenn du diese E-Mail nicht angefordert hast, kannst du sie ignorieren.`,
    }),
    fr: (f) => ({
      subject: `Connexion à ${host(f.domain)}`,
      body: `Connexion à ${host(f.domain)}\n\nSe connecter : ${url(f)}${encodeURIComponent(f.email)}\n\nSi vous n'avez pas demandé cet e-mail, vous pouvez l'ignorer.`,
    }),
    es: (f) => ({
      subject: `Inicia sesión en ${host(f.domain)}`,
      body: `Inicia sesión en ${host(f.domain)}\n\nIniciar sesión: ${url(f)}${encodeURIComponent(f.email)}\n\nSi no solicitaste este correo, puedes ignorarlo.`,
    }),
    pt: (f) => ({
      subject: `Entrar em ${host(f.domain)}`,
      body: `Entrar em ${host(f.domain)}\n\nEntrar: ${url(f)}${encodeURIComponent(f.email)}\n\nSe você não solicitou este e-mail, pode ignorá-lo com segurança.`,
    }),
    it: (f) => ({
      subject: `Accedi a ${host(f.domain)}`,
      body: `Accedi a ${host(f.domain)}\n\nAccedi: ${url(f)}${encodeURIComponent(f.email)}\n\nSe non hai richiesto questa email puoi ignorarla.`,
    }),
    nl: (f) => ({
      subject: `Inloggen bij ${host(f.domain)}`,
      body: `Inloggen bij ${host(f.domain)}\n\nInloggen: ${url(f)}${encodeURIComponent(f.email)}\n\nHeb je deze e-mail niet aangevraagd, dan kun je hem veilig negeren.`,
    }),
  },
}
