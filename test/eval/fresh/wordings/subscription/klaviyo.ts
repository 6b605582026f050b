import { w, type Product } from '../types.ts'

// Klaviyo list double opt-in "Confirm your subscription" email (List settings > Double opt-in,
// default template); Klaviyo help center "How to customize your double opt-in email".
export const klaviyo: Product = {
  product: 'Klaviyo',
  family: 'subscription',
  source: 'Klaviyo help center, default double opt-in confirmation email',
  texts: {
    en: [
      w(
        'Confirm Your Subscription',
        `{company}\n\nPlease confirm your subscription by clicking the button below.\n\nYes, subscribe me to this list.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.`,
      ),
    ],
    de: [
      w(
        'Bestätige dein Abonnement',
        `{company}\n\nBitte bestätige dein Abonnement, indem du auf die Schaltfläche unten klickst.\n\nJa, ich möchte mich anmelden.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nFalls du diese E-Mail versehentlich erhalten hast, lösche sie einfach. Ohne Bestätigung wirst du nicht angemeldet.`,
      ),
    ],
    fr: [
      w(
        'Confirmez votre abonnement',
        `{company}\n\nVeuillez confirmer votre abonnement en cliquant sur le bouton ci-dessous.\n\nOui, abonnez-moi à cette liste.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le. Vous ne serez pas abonné sans cliquer sur le lien.`,
      ),
    ],
    es: [
      w(
        'Confirma tu suscripción',
        `{company}\n\nConfirma tu suscripción haciendo clic en el botón de abajo.\n\nSí, suscríbeme a esta lista.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nSi recibiste este correo por error, bórralo. No quedarás suscrito si no haces clic en el enlace.`,
      ),
    ],
    pt: [
      w(
        'Confirme sua assinatura',
        `{company}\n\nConfirme sua assinatura clicando no botão abaixo.\n\nSim, quero assinar esta lista.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nSe recebeu este e-mail por engano, basta apagá-lo. Você não será inscrito sem clicar no link.`,
      ),
    ],
    it: [
      w(
        'Conferma la tua iscrizione',
        `{company}\n\nConferma la tua iscrizione facendo clic sul pulsante qui sotto.\n\nSì, iscrivimi a questa lista.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nSe hai ricevuto questa e-mail per errore, eliminala. Senza conferma non sarai iscritto.`,
      ),
    ],
    nl: [
      w(
        'Bevestig je inschrijving',
        `{company}\n\nBevestig je inschrijving door op de knop hieronder te klikken.\n\nJa, schrijf me in op deze lijst.\nhttps://manage.kmail-lists.com/subscriptions/subscribe?a={code}&g={token}\n\nHeb je deze e-mail per vergissing ontvangen, verwijder hem dan. Zonder bevestiging word je niet ingeschreven.`,
      ),
    ],
  },
}
