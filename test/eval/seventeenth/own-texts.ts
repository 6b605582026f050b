// What the person of a burst writes (an errand sent to many companies at once) and how the
// companies' mailboxes answer: subject wrappers around the echoed subject, and short bodies.
// Written for this set. {s} is the person's subject, {ref} a ticket number, {company} the name.
import type { Lang } from '../types.ts'

export interface OwnTexts {
  errands: readonly (readonly [subject: string, body: string])[]
  wrappers: readonly string[]
  /** A plain auto-reply subject that echoes nothing. */
  plain: string
  bodies: readonly string[]
}

export const OWN_TEXTS: Record<Lang, OwnTexts> = {
  en: {
    errands: [
      [
        'Request to erase my personal data (UK GDPR Art. 17)',
        'Hello,\n\nPlease delete all personal data you hold about me under Article 17 and confirm when done.\n\nHarriet Colby',
      ],
      [
        'Quote for a garden office installation',
        'Hi, could you send me a quote for a 3x4 m garden office in Sheffield, installed in April? Thanks, Harriet',
      ],
    ],
    wrappers: [
      'Re: {s}',
      '[#{ref}] {s}',
      'Ticket received: {s}',
      '{s} [Case {ref}]',
      'Your request {ref}: {s}',
    ],
    plain: 'Thanks for getting in touch',
    bodies: [
      'Thanks for your email. We will reply within 5 working days.',
      'This is an automatic confirmation that {company} received your message.',
    ],
  },
  de: {
    errands: [
      [
        'Auskunftsersuchen nach Art. 15 DSGVO',
        'Sehr geehrte Damen und Herren,\n\nbitte erteilen Sie mir Auskunft über alle zu meiner Person gespeicherten Daten.\n\nJonas Wiegand',
      ],
      [
        'Angebotsanfrage Umzug Bremen–Leipzig',
        'Hallo, ich bitte um ein Angebot für einen Umzug (3 Zimmer) am 20. März. Viele Grüße, Jonas Wiegand',
      ],
    ],
    wrappers: [
      'AW: {s}',
      '[Ticket#{ref}] {s}',
      'Ihre Anfrage ist eingegangen: {s}',
      '{s} (Vorgang {ref})',
      'Re: {s}',
    ],
    plain: 'Automatische Eingangsbestätigung',
    bodies: [
      'Vielen Dank für Ihre Nachricht. Wir antworten in der Regel innerhalb einer Woche.',
      'Ihre E-Mail an {company} ist eingegangen und wird bearbeitet.',
    ],
  },
  fr: {
    errands: [
      [
        'Demande de suppression de mes données (RGPD, art. 17)',
        'Bonjour,\n\nJe vous prie de supprimer toutes les données me concernant et de m’en informer.\n\nSolène Marchetti',
      ],
      [
        'Demande de devis – traiteur pour 80 personnes',
        'Bonjour, pourriez-vous m’envoyer un devis pour un buffet de 80 personnes le 12 avril ? Merci, Solène',
      ],
    ],
    wrappers: [
      'RE: {s}',
      '[#{ref}] {s}',
      'Demande reçue : {s}',
      '{s} – dossier {ref}',
      'Réf : {s}',
    ],
    plain: 'Accusé de réception automatique',
    bodies: [
      'Merci pour votre message, nous vous répondrons sous 72 heures.',
      '{company} a bien reçu votre e-mail.',
    ],
  },
  es: {
    errands: [
      [
        'Ejercicio del derecho de supresión (RGPD)',
        'Hola:\n\nSolicito la supresión de todos mis datos personales. Ruego confirmación.\n\nIker Zubiaurre',
      ],
      [
        'Presupuesto para reforma de baño en Bilbao',
        'Buenas, ¿podrían pasarme presupuesto para reformar un baño de 5 m²? Gracias, Iker',
      ],
    ],
    wrappers: [
      'RE: {s}',
      '[Ticket #{ref}] {s}',
      'Hemos recibido tu solicitud: {s}',
      '{s} (caso {ref})',
      'Re: {s}',
    ],
    plain: 'Acuse de recibo',
    bodies: [
      'Gracias por escribirnos. Responderemos en un plazo de 48 horas.',
      'Confirmamos que {company} ha recibido su correo.',
    ],
  },
  pt: {
    errands: [
      [
        'Pedido de apagamento de dados pessoais (RGPD)',
        'Bom dia,\n\nSolicito o apagamento de todos os meus dados pessoais e a respetiva confirmação.\n\nBeatriz Lacerda',
      ],
      [
        'Pedido de orçamento – mudança Porto–Lisboa',
        'Olá, gostaria de um orçamento para mudança de um T2 no dia 3 de março. Obrigada, Beatriz',
      ],
    ],
    wrappers: [
      'RE: {s}',
      '[#{ref}] {s}',
      'Recebemos o seu pedido: {s}',
      '{s} (processo {ref})',
      'Re: {s}',
    ],
    plain: 'Resposta automática',
    bodies: [
      'Obrigado pelo seu contacto. Responderemos em breve.',
      'A {company} recebeu o seu e-mail.',
    ],
  },
  it: {
    errands: [
      [
        'Richiesta di cancellazione dei dati (art. 17 GDPR)',
        'Buongiorno,\n\nchiedo la cancellazione di tutti i miei dati personali e conferma dell’avvenuta cancellazione.\n\nTommaso Ferrandi',
      ],
      [
        'Richiesta preventivo – catering per matrimonio',
        'Salve, vorrei un preventivo per 120 ospiti il 6 giugno. Grazie, Tommaso Ferrandi',
      ],
    ],
    wrappers: [
      'R: {s}',
      '[Ticket {ref}] {s}',
      'Abbiamo ricevuto la tua richiesta: {s}',
      '{s} (pratica {ref})',
      'Re: {s}',
    ],
    plain: 'Risposta automatica',
    bodies: [
      'Grazie per averci scritto, risponderemo entro 3 giorni lavorativi.',
      '{company} ha ricevuto la sua email.',
    ],
  },
  nl: {
    errands: [
      [
        'Verzoek tot verwijdering van mijn gegevens (AVG art. 17)',
        'Goedendag,\n\nGraag verwijder ik al mijn persoonsgegevens. Wilt u dit bevestigen?\n\nFloor Kuipers',
      ],
      [
        'Offerte aanvraag zonnepanelen',
        'Hoi, kunnen jullie een offerte maken voor 12 zonnepanelen in Utrecht? Groet, Floor',
      ],
    ],
    wrappers: [
      'RE: {s}',
      '[#{ref}] {s}',
      'We hebben je vraag ontvangen: {s}',
      '{s} (dossier {ref})',
      'Antw: {s}',
    ],
    plain: 'Automatisch antwoord',
    bodies: [
      'Bedankt voor uw e-mail. We reageren binnen vijf werkdagen.',
      'Uw bericht aan {company} is ontvangen.',
    ],
  },
}
