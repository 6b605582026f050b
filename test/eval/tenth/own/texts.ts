// The words of a burst the person caused, per language: the errand they write to companies about,
// the subjects wrapping their own subject in the acknowledgement, the acknowledgement's text, a
// sign-up confirmation and a newsletter confirmation. Written for this set.
import type { Lang } from '../../types.ts'

export interface OwnWords {
  /** Subject and first line of the mail the person sends; `%` is the company. */
  errand: readonly [subject: string, body: string]
  localParts: readonly string[]
  /** `%` is the person's subject, `#` the ticket number. */
  wrappers: readonly string[]
  ack: string
  signup: readonly [subject: string, body: string]
  newsletter: readonly [subject: string, body: string]
}

export const OWN_WORDS: Record<Lang, OwnWords> = {
  en: {
    errand: [
      'Subject access request under UK GDPR',
      'Dear % team, please send me a copy of all personal data you hold about me.',
    ],
    localParts: ['privacy', 'dpo', 'support', 'contact'],
    wrappers: ['Re: %', '[Request #] %', "We've received your request: %", '% [ref:#]'],
    ack: 'Thanks for contacting us. Your request # has been logged and we will reply within one month, as the law requires.',
    signup: [
      'Please confirm your email for Larchmere Allotments',
      'Thanks for joining the waiting list. Confirm your email address to keep your place: https://larchmere-allotments.example/confirm',
    ],
    newsletter: [
      'Confirm your subscription to The Saturday Grid',
      'You asked to receive The Saturday Grid. Click to confirm: https://saturdaygrid.example/c',
    ],
  },
  de: {
    errand: [
      'Angebot für Umzug am 14. März',
      'Sehr geehrtes %-Team, ich bitte um ein Angebot für einen Umzug von Köln nach Freiburg.',
    ],
    localParts: ['info', 'anfrage', 'service', 'kontakt'],
    wrappers: ['AW: %', '[Ticket#] %', 'Ihre Anfrage ist eingegangen: %', '% (Vorgang #)'],
    ack: 'Vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer # erfasst; wir melden uns innerhalb von zwei Werktagen.',
    signup: [
      'Bitte bestätige deine E-Mail-Adresse – Vereinsportal TSV Ebersheim',
      'Willkommen im Vereinsportal! Bitte bestätige deine Adresse: https://tsv-ebersheim.example/bestaetigen',
    ],
    newsletter: [
      'Bitte bestätigen Sie Ihr Abo: Wochenmarkt-Post',
      'Sie haben die Wochenmarkt-Post bestellt. Bestätigen: https://wochenmarkt-post.example/b',
    ],
  },
  fr: {
    errand: [
      'Demande de devis – rénovation de salle de bains',
      'Bonjour %, je souhaiterais un devis pour la rénovation d’une salle de bains de 6 m².',
    ],
    localParts: ['contact', 'devis', 'service-client', 'info'],
    wrappers: [
      'RE : %',
      '[Demande n° #] %',
      'Nous avons bien reçu votre message : %',
      '% – dossier #',
    ],
    ack: 'Merci pour votre message. Votre demande n° # a bien été enregistrée ; un conseiller vous répondra sous 48 heures.',
    signup: [
      'Confirmez votre adresse – Médiathèque de Villecourt',
      'Bienvenue ! Confirmez votre adresse pour activer votre compte lecteur : https://mediatheque-villecourt.example/c',
    ],
    newsletter: [
      'Confirmez votre inscription à La Lettre du Potager',
      'Vous avez demandé à recevoir La Lettre du Potager. Confirmez ici : https://lettre-potager.example/ok',
    ],
  },
  es: {
    errand: [
      'Reclamación por pedido no recibido',
      'Hola, equipo de %: hice un pedido hace tres semanas y todavía no lo he recibido.',
    ],
    localParts: ['atencion', 'soporte', 'reclamaciones', 'hola'],
    wrappers: ['RE: %', '[Caso #] %', 'Hemos recibido tu consulta: %', '% (ref. #)'],
    ack: 'Gracias por escribirnos. Tu consulta # ha quedado registrada y te responderemos en 24-48 horas.',
    signup: [
      'Confirma tu correo – Club de Remo Albufera',
      'Gracias por registrarte. Confirma tu correo para activar tu ficha: https://remoalbufera.example/confirmar',
    ],
    newsletter: [
      'Confirma tu suscripción a El Boletín del Barrio',
      'Has pedido recibir El Boletín del Barrio. Confírmalo aquí: https://boletinbarrio.example/si',
    ],
  },
  pt: {
    errand: [
      'Pedido de orçamento – painéis solares',
      'Olá, equipa %: gostaria de um orçamento para painéis solares numa moradia em Setúbal.',
    ],
    localParts: ['geral', 'orcamentos', 'apoio', 'info'],
    wrappers: ['RE: %', '[Pedido #] %', 'Recebemos o seu pedido: %', '% – processo #'],
    ack: 'Obrigado pelo seu contacto. O seu pedido # foi registado e responderemos em dois dias úteis.',
    signup: [
      'Confirme o seu e-mail – Biblioteca Municipal de Alvalade',
      'Bem-vindo! Confirme o seu e-mail para ativar o cartão de leitor: https://bib-alvalade.example/confirmar',
    ],
    newsletter: [
      'Confirme a subscrição: Crónicas da Ribeira',
      'Pediu para receber as Crónicas da Ribeira. Confirme aqui: https://cronicasribeira.example/c',
    ],
  },
  it: {
    errand: [
      'Richiesta preventivo – ristrutturazione cucina',
      'Buongiorno %, vorrei un preventivo per la ristrutturazione di una cucina a Bergamo.',
    ],
    localParts: ['info', 'preventivi', 'assistenza', 'contatti'],
    wrappers: ['R: %', '[Richiesta #] %', 'Abbiamo ricevuto la tua richiesta: %', '% (pratica #)'],
    ack: 'Grazie per averci scritto. La tua richiesta # è stata registrata e ti risponderemo entro due giorni lavorativi.',
    signup: [
      'Conferma la tua e-mail – Circolo Scacchi Bergamo Alta',
      'Benvenuto! Conferma la tua e-mail per attivare la tessera: https://scacchibergamo.example/conferma',
    ],
    newsletter: [
      'Conferma la tua iscrizione a Il Foglio del Mercato',
      'Hai chiesto di ricevere Il Foglio del Mercato. Conferma qui: https://fogliomercato.example/ok',
    ],
  },
  nl: {
    errand: [
      'Offerteaanvraag dakkapel',
      'Beste %, graag ontvang ik een offerte voor een dakkapel op een rijtjeshuis in Zwolle.',
    ],
    localParts: ['info', 'offerte', 'klantenservice', 'contact'],
    wrappers: ['Re: %', '[Verzoek #] %', 'We hebben je bericht ontvangen: %', '% (dossier #)'],
    ack: 'Bedankt voor je bericht. Je aanvraag # is geregistreerd; we reageren binnen twee werkdagen.',
    signup: [
      'Bevestig je e-mailadres – Volkstuinvereniging De Boomgaard',
      'Welkom! Bevestig je e-mailadres om je account te activeren: https://deboomgaard.example/bevestig',
    ],
    newsletter: [
      'Bevestig je inschrijving op De Wijkkrant',
      'Je hebt je aangemeld voor De Wijkkrant. Bevestig hier: https://wijkkrant.example/ja',
    ],
  },
}
