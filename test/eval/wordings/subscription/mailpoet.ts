// MailPoet (WordPress, GPL-3.0): its default confirmation email
// ("Confirm your subscription to [site:title]", "[activation_link]Click here to confirm your
// subscription.[/activation_link]") and its shipped translations.
import type { Product } from '../types.ts'

export const mailpoet: Product = {
  family: 'subscription',
  product: 'MailPoet',
  source:
    'mailpoet lib/Settings: default signup_confirmation subject/body; translate.wordpress.org',
  senders: [{ shape: 'own', local: 'wordpress', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company}',
        body: "Hello,\n\nWe've received your request to subscribe to the list(s): Newsletter.\n\nClick here to confirm your subscription.\n\nThank you,\n\nThe Team",
      },
    ],
    fr: [
      {
        subject: 'Confirmez votre abonnement à {company}',
        body: 'Bonjour,\n\nNous avons reçu votre demande d’abonnement à la liste : Newsletter.\n\nCliquez ici pour confirmer votre abonnement.\n\nMerci,\n\nL’équipe',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione a {company}',
        body: 'Ciao,\n\nabbiamo ricevuto la tua richiesta di iscrizione alla lista: Newsletter.\n\nClicca qui per confermare la tua iscrizione.\n\nGrazie,\n\nIl Team',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción a {company}',
        body: 'Hola,\n\nHemos recibido tu solicitud de suscripción a la lista: Newsletter.\n\nHaz clic aquí para confirmar tu suscripción.\n\nGracias,\n\nEl equipo',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je abonnement op {company}',
        body: 'Hallo,\n\nWe hebben je verzoek ontvangen om je aan te melden voor de lijst: Nieuwsbrief.\n\nKlik hier om je abonnement te bevestigen.\n\nBedankt,\n\nHet team',
      },
    ],
  },
}
