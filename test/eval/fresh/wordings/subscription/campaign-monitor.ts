import { w, type Product } from '../types.ts'

// Campaign Monitor confirmed opt-in list: default "Confirm your subscription" email (List
// settings > Confirmation email); Campaign Monitor help "Confirmed opt-in lists".
export const campaignMonitor: Product = {
  product: 'Campaign Monitor',
  family: 'subscription',
  source: 'Campaign Monitor help, confirmed opt-in default confirmation email',
  texts: {
    en: [
      w(
        'Confirm your subscription',
        `Thanks for signing up!\n\nPlease confirm your subscription to {company} by clicking the button below.\n\nYes, subscribe me to this list: https://{slug}.createsend1.com/t/y-l-{token}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation button.`,
      ),
    ],
    de: [
      w(
        'Bestätigen Sie Ihr Abonnement',
        `Danke für Ihre Anmeldung!\n\nBitte bestätigen Sie Ihr Abonnement von {company} über die Schaltfläche unten.\n\nJa, bitte anmelden: https://{slug}.createsend1.com/t/y-l-{token}\n\nFalls Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach.`,
      ),
    ],
    fr: [
      w(
        'Confirmez votre abonnement',
        `Merci pour votre inscription !\n\nConfirmez votre abonnement à {company} en cliquant sur le bouton ci-dessous.\n\nOui, inscrivez-moi : https://{slug}.createsend1.com/t/y-l-{token}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le simplement.`,
      ),
    ],
    nl: [
      w(
        'Bevestig je abonnement',
        `Bedankt voor je aanmelding!\n\nBevestig je abonnement op {company} via de knop hieronder.\n\nJa, schrijf me in: https://{slug}.createsend1.com/t/y-l-{token}\n\nHeb je deze e-mail per vergissing ontvangen, verwijder hem dan gewoon.`,
      ),
    ],
  },
}
