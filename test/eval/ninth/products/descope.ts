// source: Descope, the default "OTP" email template of its connectors/templates docs ("Your
// one-time code is {{code}}"); other languages are a project's own translation (reconstruction).
import type { Product } from '../product.ts'

export const DESCOPE: Product = {
  product: 'Descope',
  family: 'reset',
  source: 'Descope default OTP sign-in email template (reconstruction)',
  echo: 'none',
  hosted: (_slug, company) => `${company} <no-reply@auth.descope.io>`,
  locals: ['no-reply'],
  texts: {
    en: (f) => ({
      subject: `Your ${f.company} sign-in code`,
      body: `Your one-time code is ${f.code}.\n\nUse it to sign in to ${f.company}. The code expires in 3 minutes. If you did not try to sign in, you can safely ignore this email.`,
    }),
    de: (f) => ({
      subject: `Ihr Anmeldecode für ${f.company}`,
      body: `Ihr Einmalcode lautet ${f.code}.\n\nVerwenden Sie ihn zur Anmeldung bei ${f.company}. Der Code läuft in 3 Minuten ab. Wenn Sie sich nicht anmelden wollten, können Sie diese E-Mail ignorieren.`,
    }),
    fr: (f) => ({
      subject: `Votre code de connexion ${f.company}`,
      body: `Votre code à usage unique est ${f.code}.\n\nUtilisez-le pour vous connecter à ${f.company}. Il expire dans 3 minutes. Si vous n'avez pas tenté de vous connecter, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: `Tu código de inicio de sesión de ${f.company}`,
      body: `Tu código de un solo uso es ${f.code}.\n\nÚsalo para iniciar sesión en ${f.company}. Caduca en 3 minutos. Si no intentaste iniciar sesión, ignora este correo.`,
    }),
    pt: (f) => ({
      subject: `Seu código de acesso ${f.company}`,
      body: `Seu código de uso único é ${f.code}.\n\nUse-o para entrar em ${f.company}. O código expira em 3 minutos. Se você não tentou entrar, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: `Il tuo codice di accesso ${f.company}`,
      body: `Il tuo codice monouso è ${f.code}.\n\nUsalo per accedere a ${f.company}. Il codice scade tra 3 minuti. Se non hai provato ad accedere, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: `Je inlogcode voor ${f.company}`,
      body: `Je eenmalige code is ${f.code}.\n\nGebruik deze om in te loggen bij ${f.company}. De code verloopt over 3 minuten. Heb je niet geprobeerd in te loggen? Negeer dan deze e-mail.`,
    }),
  },
}
