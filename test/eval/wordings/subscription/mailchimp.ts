// Mailchimp: the default "Opt-in confirmation email" of an audience's signup forms
// ("<List>: Please Confirm Subscription", "Yes, subscribe me to this list.") and the translated
// form texts Mailchimp offers per audience language. Sent from the list's from-address.
import type { Product } from '../types.ts'

export const mailchimp: Product = {
  family: 'subscription',
  product: 'Mailchimp',
  source: 'Mailchimp audience > Signup forms > Opt-in confirmation email (default)',
  senders: [
    { shape: 'own', local: 'newsletter', name: '{company}' },
    { shape: 'hosted', host: 'mailchimpapp.net', local: 'us21', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: '{company}: Please Confirm Subscription',
        body: "Please Confirm Subscription\n\nYes, subscribe me to this list.\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.\n\nFor questions about this list, please contact: {email}",
      },
    ],
    de: [
      {
        subject: '{company}: Bitte bestätigen Sie Ihr Abonnement',
        body: 'Bitte bestätigen Sie Ihr Abonnement\n\nJa, ich möchte diese Liste abonnieren.\n\nWenn Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Klick auf den Bestätigungslink werden Sie nicht eingetragen.',
      },
    ],
    fr: [
      {
        subject: '{company} : Veuillez confirmer votre abonnement',
        body: 'Veuillez confirmer votre abonnement\n\nOui, abonnez-moi à cette liste.\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le. Vous ne serez pas abonné si vous ne cliquez pas sur le lien de confirmation.',
      },
    ],
    es: [
      {
        subject: '{company}: Por favor, confirma tu suscripción',
        body: 'Confirma tu suscripción\n\nSí, suscríbeme a esta lista.\n\nSi has recibido este correo por error, simplemente elimínalo. No quedarás suscrito si no haces clic en el enlace de confirmación.',
      },
    ],
    pt: [
      {
        subject: '{company}: Por favor, confirme sua inscrição',
        body: 'Confirme sua inscrição\n\nSim, inscreva-me nesta lista.\n\nSe você recebeu este e-mail por engano, basta excluí-lo. Você não será inscrito se não clicar no link de confirmação.',
      },
    ],
    it: [
      {
        subject: '{company}: Conferma la tua iscrizione',
        body: 'Conferma l’iscrizione\n\nSì, iscrivimi a questa lista.\n\nSe hai ricevuto questa email per errore, eliminala. Non sarai iscritto se non fai clic sul link di conferma.',
      },
    ],
    nl: [
      {
        subject: '{company}: Bevestig je inschrijving',
        body: 'Bevestig je inschrijving\n\nJa, schrijf me in voor deze lijst.\n\nHeb je deze e-mail per vergissing ontvangen? Verwijder hem dan. Zonder klik op de bevestigingslink word je niet ingeschreven.',
      },
    ],
  },
}
