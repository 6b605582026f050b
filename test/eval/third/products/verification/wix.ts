// Wix Members Area: the site-member email verification and the "Welcome to the site" mail.
import { w, type Product } from '../../types.ts'

export const wix: Product = {
  product: 'Wix',
  family: 'verification',
  source:
    'Wix Help Center, "Site Members: Customizing the Signup Confirmation Email" (default text)',
  hosted: 'no-reply@{slug}.wixsite-mail.com',
  texts: {
    en: [
      w(
        `Confirm your email`,
        `{company}

Hi {name},
Thanks for signing up to {company}! To complete your registration, please confirm your email.

Confirm Email

This link expires in 30 days.
This email was sent to {email} by {company} via Wix.`,
      ),
    ],
    es: [
      w(
        `Confirma tu email`,
        `{company}

Hola {name}:
¡Gracias por registrarte en {company}! Para completar el registro, confirma tu email.

Confirmar email`,
      ),
    ],
    pt: [
      w(
        `Confirme seu email`,
        `{company}

Olá {name},
Obrigado por se cadastrar em {company}! Para concluir o cadastro, confirme seu email.

Confirmar email`,
      ),
    ],
    fr: [
      w(
        `Confirmez votre e-mail ✉️`,
        `{company}

Bonjour {name},
Merci de vous être inscrit(e) sur {company} ! Pour terminer votre inscription, veuillez confirmer votre adresse e-mail.

Confirmer l'e-mail`,
      ),
    ],
    nl: [
      w(
        `Bevestig je e-mailadres`,
        `{company}

Hoi {name},
Bedankt voor je aanmelding bij {company}! Bevestig je e-mailadres om je registratie te voltooien.

E-mailadres bevestigen`,
      ),
    ],
  },
}
