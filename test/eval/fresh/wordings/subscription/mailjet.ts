import { w, type Product } from '../types.ts'

// Mailjet subscription widget double opt-in confirmation email (default texts of the widget
// builder); Mailjet documentation "Subscription widget".
export const mailjet: Product = {
  product: 'Mailjet',
  family: 'subscription',
  source: 'Mailjet docs, subscription widget default confirmation email',
  texts: {
    en: [
      w(
        'Please confirm your subscription',
        `Please confirm your subscription to the {company} newsletter by clicking the button below.\n\nYes, subscribe me to this list: https://{code}.mjt.lu/lnk/{token}\n\nIf you received this email by mistake or don't wish to subscribe anymore, simply ignore this message.`,
      ),
    ],
    de: [
      w(
        'Bitte bestätigen Sie Ihre Anmeldung',
        `Bitte bestätigen Sie Ihre Anmeldung zum Newsletter von {company}, indem Sie auf die Schaltfläche unten klicken.\n\nJa, ich möchte den Newsletter erhalten: https://{code}.mjt.lu/lnk/{token}\n\nWenn Sie diese E-Mail irrtümlich erhalten haben oder sich nicht mehr anmelden möchten, ignorieren Sie diese Nachricht einfach.`,
      ),
    ],
    fr: [
      w(
        'Merci de confirmer votre inscription',
        `Merci de confirmer votre inscription à la newsletter {company} en cliquant sur le bouton ci-dessous.\n\nOui, je m’abonne à cette liste : https://{code}.mjt.lu/lnk/{token}\n\nSi vous avez reçu cet e-mail par erreur ou ne souhaitez plus vous inscrire, ignorez simplement ce message.`,
      ),
    ],
    es: [
      w(
        'Por favor, confirma tu suscripción',
        `Confirma tu suscripción al boletín de {company} haciendo clic en el botón de abajo.\n\nSí, suscribirme a esta lista: https://{code}.mjt.lu/lnk/{token}\n\nSi has recibido este correo por error o ya no deseas suscribirte, ignora este mensaje.`,
      ),
    ],
    it: [
      w(
        'Conferma la tua iscrizione',
        `Conferma la tua iscrizione alla newsletter di {company} facendo clic sul pulsante qui sotto.\n\nSì, iscrivimi a questa lista: https://{code}.mjt.lu/lnk/{token}\n\nSe hai ricevuto questa e-mail per errore o non desideri più iscriverti, ignora questo messaggio.`,
      ),
    ],
    nl: [
      w(
        'Bevestig je inschrijving',
        `Bevestig je inschrijving voor de nieuwsbrief van {company} door op de knop hieronder te klikken.\n\nJa, schrijf me in: https://{code}.mjt.lu/lnk/{token}\n\nHeb je deze e-mail per vergissing ontvangen of wil je je niet meer inschrijven, negeer dit bericht dan.`,
      ),
    ],
  },
}
