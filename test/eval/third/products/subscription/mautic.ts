// Mautic: a double opt-in confirmation sent by the form's "Send email to contact" action,
// using the {confirmation_link}-style segment confirmation.
import { w, type Product } from '../../types.ts'

export const mautic: Product = {
  product: 'Mautic',
  family: 'subscription',
  source: 'Mautic documentation, "Double opt-in" (example confirmation email of the docs)',
  locals: ['newsletter', 'marketing', 'info'],
  texts: {
    en: [
      w(
        `Please confirm your subscription`,
        `Hi {name},

You (or someone using your address) asked to receive news from {company}. Please confirm by clicking the link below:

Yes, subscribe me: https://m.{site}/email/confirm/{token}

If you don't confirm, you won't hear from us.

{company} | Unsubscribe | Update preferences`,
      ),
    ],
    de: [
      w(
        `Bitte bestätigen Sie Ihre Anmeldung`,
        `Hallo {name},

Sie haben sich für den Newsletter von {company} angemeldet. Bitte bestätigen Sie Ihre Anmeldung mit einem Klick:

Jetzt Anmeldung bestätigen: https://m.{site}/email/confirm/{token}

Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht einfach.`,
      ),
    ],
    fr: [
      w(
        `Confirmez votre inscription à la newsletter {company}`,
        `Bonjour {name},

Vous avez demandé à recevoir la newsletter de {company}. Merci de confirmer votre inscription :

Je confirme : https://m.{site}/email/confirm/{token}

Sans confirmation, vous ne recevrez aucun e-mail de notre part.`,
      ),
    ],
    nl: [
      w(
        `Bevestig je inschrijving`,
        `Hallo {name},

Je hebt je aangemeld voor de nieuwsbrief van {company}. Klik op de link om je inschrijving te bevestigen:

Ja, ik wil de nieuwsbrief: https://m.{site}/email/confirm/{token}`,
      ),
    ],
    it: [
      w(
        `Conferma la tua iscrizione`,
        `Ciao {name},

hai chiesto di ricevere la newsletter di {company}. Conferma l'iscrizione con un clic:

Sì, iscrivimi: https://m.{site}/email/confirm/{token}`,
      ),
    ],
  },
}
