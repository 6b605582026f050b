// Magic (magic.link) passwordless log-in: the email one-time code. Every company's mail comes from
// the same shared platform address, told apart only by the display name.
// source: reconstruction of Magic's email OTP login mail ("Log in to <app>", six-digit code,
// expiry); the shared address is in the platform's shape and not checked; non-English texts
// written for this set.
import type { Product } from './types.ts'

export const magic: Product = {
  product: 'Magic',
  family: 'reset',
  source: 'reconstruction (email OTP login)',
  senders: ['hosted', 'hosted', 'display'],
  mailbox: 'login',
  hosted: () => 'noreply@magic.link',
  code: 'digits6',
  texts: {
    en: {
      subject: 'Log in to {company}',
      body: 'Your login code for {company}\n\n{code}\n\nThis code expires in 10 minutes. If you did not try to log in, you can safely ignore this email.\n\nSecured by Magic',
    },
    de: {
      subject: 'Bei {company} anmelden',
      body: 'Dein Anmeldecode für {company}\n\n{code}\n\nDer Code läuft in 10 Minuten ab. Wenn du dich nicht anmelden wolltest, kannst du diese E-Mail ignorieren.\n\nGesichert durch Magic',
    },
    fr: {
      subject: 'Connexion à {company}',
      body: "Votre code de connexion pour {company}\n\n{code}\n\nCe code expire dans 10 minutes. Si vous n'avez pas essayé de vous connecter, ignorez cet e-mail.\n\nSécurisé par Magic",
    },
    es: {
      subject: 'Inicia sesión en {company}',
      body: 'Tu código de inicio de sesión para {company}\n\n{code}\n\nEl código caduca en 10 minutos. Si no intentaste iniciar sesión, ignora este correo.\n\nProtegido por Magic',
    },
    pt: {
      subject: 'Entrar em {company}',
      body: 'Seu código de acesso para {company}\n\n{code}\n\nO código expira em 10 minutos. Se você não tentou entrar, ignore este e-mail.\n\nProtegido por Magic',
    },
    it: {
      subject: 'Accedi a {company}',
      body: 'Il tuo codice di accesso per {company}\n\n{code}\n\nIl codice scade tra 10 minuti. Se non hai provato ad accedere, ignora questa email.\n\nProtetto da Magic',
    },
    nl: {
      subject: 'Inloggen bij {company}',
      body: 'Je inlogcode voor {company}\n\n{code}\n\nDeze code verloopt over 10 minuten. Heb je niet geprobeerd in te loggen? Negeer deze e-mail dan.\n\nBeveiligd door Magic',
    },
  },
}
