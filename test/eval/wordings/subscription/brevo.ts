// Brevo (formerly Sendinblue): the default double opt-in template ("Please confirm your
// subscription" / "Confirm my subscription") of its subscription forms, in its form languages.
import type { Product } from '../types.ts'

export const brevo: Product = {
  family: 'subscription',
  product: 'Brevo',
  source: 'Brevo help "Double opt-in confirmation email" default template',
  senders: [
    { shape: 'own', local: 'newsletter', name: '{company}' },
    { shape: 'hosted', host: 'sendinblue.com', local: 'info', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Please confirm your subscription',
        body: 'Please confirm your subscription to {company}\n\nTo receive our newsletter, please confirm your subscription by clicking the button below.\n\nConfirm my subscription\n\nIf you received this email by mistake, simply delete it.',
      },
    ],
    fr: [
      {
        subject: 'Merci de confirmer votre inscription',
        body: 'Confirmez votre inscription à la newsletter {company}\n\nPour recevoir notre newsletter, merci de confirmer votre inscription en cliquant sur le bouton ci-dessous.\n\nConfirmer mon inscription',
      },
    ],
    de: [
      {
        subject: 'Bitte bestätigen Sie Ihre Anmeldung',
        body: 'Newsletter-Anmeldung bei {company} bestätigen\n\nUm unseren Newsletter zu erhalten, bestätigen Sie bitte Ihre Anmeldung mit einem Klick auf die Schaltfläche.\n\nAnmeldung bestätigen',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción',
        body: 'Confirma tu suscripción a {company}\n\nPara recibir nuestro boletín, confirma tu suscripción haciendo clic en el botón.\n\nConfirmar mi suscripción',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione',
        body: 'Conferma la tua iscrizione alla newsletter di {company}\n\nPer ricevere la newsletter, conferma l’iscrizione facendo clic sul pulsante.\n\nConferma iscrizione',
      },
    ],
    pt: [
      {
        subject: 'Confirme a sua subscrição',
        body: 'Confirme a sua subscrição da newsletter {company}\n\nPara receber a nossa newsletter, confirme a subscrição clicando no botão abaixo.\n\nConfirmar subscrição',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je aanmelding',
        body: 'Bevestig je aanmelding voor de nieuwsbrief van {company}\n\nKlik op de knop hieronder om je aanmelding te bevestigen.\n\nAanmelding bevestigen',
      },
    ],
  },
}
