// Mailcoach (Spatie): the default double opt-in mail "Confirm your subscription to <list>".
import { w, type Product } from '../../types.ts'

export const mailcoach: Product = {
  product: 'Mailcoach',
  family: 'subscription',
  source:
    'spatie/laravel-mailcoach resources/lang/*/mailcoach.php (confirmation mail) and docs "Double opt-in"',
  locals: ['newsletter', 'mailcoach', 'hello'],
  texts: {
    en: [
      w(
        `Confirm your subscription to {company} Weekly`,
        `Hey,

You are almost subscribed to the list {company} Weekly.

Prove it is really you by clicking the button below.

Confirm subscription
https://{site}/mailcoach/confirm-subscription/{token}

If you did not subscribe, you can ignore this mail.`,
      ),
    ],
    nl: [
      w(
        `Bevestig je inschrijving op {company} Nieuws`,
        `Hallo,

Je bent bijna ingeschreven op de lijst {company} Nieuws.

Bevestig dat jij het echt bent door op de knop hieronder te klikken.

Bevestig inschrijving
https://{site}/mailcoach/confirm-subscription/{token}`,
      ),
    ],
    de: [
      w(
        `Bestätige dein Abonnement von {company} Aktuell`,
        `Hallo,

du bist fast für die Liste {company} Aktuell eingetragen.

Bestätige, dass du es wirklich bist, indem du auf die Schaltfläche unten klickst.

Abonnement bestätigen`,
      ),
    ],
  },
}
