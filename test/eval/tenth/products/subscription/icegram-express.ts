// Icegram Express (formerly "Email Subscribers & Newsletters", WordPress): the double opt-in
// confirmation mail ("Hi {{NAME}}, A newsletter subscription request for this email address was
// received. Please confirm it by clicking here."), sent from the site's own address. English
// follows the plugin's default text as documented; the other languages are a site's own
// translation written for this set.
import { lines, type Ctx, type Product } from '../../product.ts'

function optIn(subject: string, hi: string, received: string, confirm: string, thanks: string) {
  return (c: Ctx) => ({
    subject: `${c.company}: ${subject}`,
    body: lines(`${hi} ${c.name},`, ``, received, `${confirm} ${c.link}`, ``, thanks, c.company),
  })
}

export const ICEGRAM_EXPRESS: Product = {
  product: 'Icegram Express',
  family: 'subscription',
  source: 'Icegram Express (Email Subscribers & Newsletters) default double opt-in email',
  echo: ['name'],
  own: ['newsletter', 'info', 'news.mail'],
  hosted: (c) => `${c.name} <${c.slug}@icegram-mailer.com>`,
  texts: {
    en: optIn(
      'Please confirm your subscription',
      'Hi',
      'A newsletter subscription request for this email address was received.',
      'Please confirm it by clicking here:',
      'Thank you',
    ),
    de: optIn(
      'Bitte bestätige dein Abonnement',
      'Hallo',
      'Für diese E-Mail-Adresse wurde ein Newsletter-Abonnement angefragt.',
      'Bitte bestätige es mit einem Klick hier:',
      'Vielen Dank',
    ),
    fr: optIn(
      'Veuillez confirmer votre abonnement',
      'Bonjour',
      "Une demande d'abonnement à la newsletter a été reçue pour cette adresse e-mail.",
      'Merci de la confirmer en cliquant ici :',
      'Merci',
    ),
    es: optIn(
      'Confirma tu suscripción',
      'Hola',
      'Hemos recibido una solicitud de suscripción al boletín para esta dirección de correo.',
      'Confírmala haciendo clic aquí:',
      'Gracias',
    ),
    pt: optIn(
      'Confirme a sua subscrição',
      'Olá',
      'Recebemos um pedido de subscrição da newsletter para este endereço de e-mail.',
      'Confirme-o clicando aqui:',
      'Obrigado',
    ),
    it: optIn(
      'Conferma la tua iscrizione',
      'Ciao',
      'Abbiamo ricevuto una richiesta di iscrizione alla newsletter per questo indirizzo e-mail.',
      'Confermala facendo clic qui:',
      'Grazie',
    ),
    nl: optIn(
      'Bevestig je inschrijving',
      'Hoi',
      'Er is een aanvraag voor een nieuwsbriefabonnement ontvangen voor dit e-mailadres.',
      'Bevestig deze door hier te klikken:',
      'Bedankt',
    ),
  },
}
