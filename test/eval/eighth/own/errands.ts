// The errand each person writes to 8-12 companies about (sent folder), and the acknowledgement
// wrappers companies' helpdesks put around the echoed subject, in the person's language.
// Written for this set (the wrappers follow the usual shapes of helpdesk auto-replies).
import type { Lang } from '../../types.ts'

export interface Errand {
  subject: string
  body: string
  locals: readonly string[]
  /** {s}: the subject the person sent; {ref}: the ticket number. */
  wrappers: readonly string[]
  ackBody: string
}

export const ERRANDS: Record<Lang, Errand> = {
  en: {
    subject: 'Subject access request under UK GDPR',
    body: 'Hello, under Article 15 UK GDPR I ask for a copy of all personal data you hold about me. Kind regards, Maddie Thorncroft',
    locals: ['privacy', 'dpo', 'dataprotection', 'support'],
    wrappers: [
      'Re: {s}',
      'Request received: {s}',
      '[#{ref}] {s}',
      "We've received your request: {s}",
      'Your request ({ref}) has been received',
      'Automatic reply: {s}',
    ],
    ackBody:
      'Thank you for contacting us. Your request has been logged as {ref} and our privacy team will respond within one month.',
  },
  de: {
    subject: 'Angebot für Umzug Hamburg–Leipzig am 14.05.',
    body: 'Guten Tag, wir ziehen am 14. Mai von Hamburg nach Leipzig (3 Zimmer, 2. OG ohne Aufzug). Bitte senden Sie mir ein Angebot. Jonas Wiesmayr',
    locals: ['info', 'anfrage', 'kontakt', 'service'],
    wrappers: [
      'AW: {s}',
      'Ihre Anfrage ist eingegangen: {s}',
      '[Ticket #{ref}] {s}',
      'Eingangsbestätigung: {s}',
      'Wir haben Ihre Anfrage erhalten ({ref})',
    ],
    ackBody:
      'Vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer {ref} erfasst, wir melden uns innerhalb von zwei Werktagen.',
  },
  fr: {
    subject: 'Demande de devis : ravalement de façade à Angers',
    body: "Bonjour, je souhaite un devis pour le ravalement d'une façade de maison (environ 120 m²) à Angers. Cordialement, Solène Marchetaud",
    locals: ['contact', 'devis', 'info', 'accueil'],
    wrappers: [
      'RE : {s}',
      'Demande reçue : {s}',
      '[#{ref}] {s}',
      'Accusé de réception : {s}',
      'Nous avons bien reçu votre demande ({ref})',
    ],
    ackBody:
      'Merci pour votre message. Votre demande est enregistrée sous le numéro {ref} ; un conseiller vous recontactera sous 48 h.',
  },
  es: {
    subject: 'Solicitud de supresión de datos (art. 17 RGPD)',
    body: 'Buenos días: solicito la supresión de todos mis datos personales conforme al artículo 17 del RGPD. Atentamente, Inés Valdecasas',
    locals: ['privacidad', 'dpo', 'protecciondedatos', 'atencioncliente'],
    wrappers: [
      'RE: {s}',
      'Solicitud recibida: {s}',
      '[#{ref}] {s}',
      'Hemos recibido tu solicitud: {s}',
      'Tu solicitud ({ref}) ha sido recibida',
    ],
    ackBody:
      'Gracias por contactar con nosotros. Hemos registrado tu solicitud con el número {ref} y te responderemos en el plazo de un mes.',
  },
  pt: {
    subject: 'Pedido de orçamento: remodelação de cozinha em Aveiro',
    body: 'Boa tarde, gostaria de um orçamento para remodelar uma cozinha de 12 m² em Aveiro. Obrigado, Tiago Fonsequinha',
    locals: ['geral', 'orcamentos', 'info', 'apoio'],
    wrappers: [
      'RE: {s}',
      'Pedido recebido: {s}',
      '[#{ref}] {s}',
      'Confirmação de receção: {s}',
      'Recebemos o seu pedido ({ref})',
    ],
    ackBody:
      'Obrigado pelo seu contacto. O seu pedido ficou registado com o número {ref}; responderemos em dois dias úteis.',
  },
  it: {
    subject: 'Richiesta preventivo impianto fotovoltaico 6 kW',
    body: 'Buongiorno, vorrei un preventivo per un impianto fotovoltaico da 6 kW con accumulo su tetto a falda a Vicenza. Grazie, Chiara Bortolazzi',
    locals: ['info', 'preventivi', 'commerciale', 'assistenza'],
    wrappers: [
      'R: {s}',
      'Richiesta ricevuta: {s}',
      '[#{ref}] {s}',
      'Conferma di ricezione: {s}',
      'Abbiamo ricevuto la sua richiesta ({ref})',
    ],
    ackBody:
      'Grazie per averci contattato. La sua richiesta è registrata con il numero {ref}; un consulente la ricontatterà entro 48 ore.',
  },
  nl: {
    subject: 'Offerteaanvraag dakkapel voorzijde woning Zwolle',
    body: 'Goedemiddag, graag ontvang ik een offerte voor een dakkapel van 3 meter aan de voorzijde van onze woning in Zwolle. Met vriendelijke groet, Femke Oudewater',
    locals: ['info', 'offerte', 'verkoop', 'klantenservice'],
    wrappers: [
      'RE: {s}',
      'Aanvraag ontvangen: {s}',
      '[#{ref}] {s}',
      'Ontvangstbevestiging: {s}',
      'We hebben uw aanvraag ontvangen ({ref})',
    ],
    ackBody:
      'Bedankt voor uw bericht. Uw aanvraag is geregistreerd onder nummer {ref}; we nemen binnen twee werkdagen contact op.',
  },
}
