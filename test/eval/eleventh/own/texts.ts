// What the person writes to companies and what comes back: the requests they send themselves
// (data access, cancellations, questions), the acknowledgement wrappers helpdesks put around
// the echoed subject, a sign-up confirmation and newsletter confirmations they asked for.
// Written for this set; the wrappers follow common helpdesk shapes, not a product's default.
import type { Lang } from '../../types.ts'

export interface OwnTexts {
  /** Subjects the person sends ({company} filled). */
  sent: readonly string[]
  sentBody: string
  /** Acknowledgement subjects around the echoed subject ({subject}, {n}). */
  wrappers: readonly string[]
  ackBody: string
  signup: { subject: string; body: string }
  newsletter: { subject: string; body: string }
}

export const OWN_TEXTS: Record<Lang, OwnTexts> = {
  en: {
    sent: [
      'Subject access request under UK GDPR',
      'Please delete my account',
      'Cancel my membership',
      'Question about my last bill from {company}',
    ],
    sentBody:
      'Hello,\n\nPlease treat this as a formal request regarding my personal data held by {company}. My account email is this address.\n\nKind regards,\n{person}',
    wrappers: [
      'Re: {subject}',
      '[#{n}] {subject}',
      'Request received: {subject}',
      'Your request ({n}) has been received',
      'We got your message - {subject}',
    ],
    ackBody:
      'Thanks for getting in touch. This is an automatic reply to confirm we have your message; a member of the team will reply within 5 working days. Reference: {n}.',
    signup: {
      subject: 'Confirm your email for {company}',
      body: 'Hi {first}, thanks for creating an account with {company}. Please confirm your email: https://{site}/confirm/{n}',
    },
    newsletter: {
      subject: 'Confirm your subscription to {company} news',
      body: 'You asked to get our newsletter. Click to confirm: https://{site}/newsletter/{n}',
    },
  },
  de: {
    sent: [
      'Auskunftsersuchen nach Art. 15 DSGVO',
      'Bitte löschen Sie mein Konto',
      'Kündigung meines Vertrags',
      'Frage zu meiner Rechnung von {company}',
    ],
    sentBody:
      'Guten Tag,\n\nhiermit bitte ich um Auskunft über die bei {company} zu meiner Person gespeicherten Daten. Mein Kundenkonto läuft auf diese Adresse.\n\nMit freundlichen Grüßen\n{person}',
    wrappers: [
      'AW: {subject}',
      '[#{n}] {subject}',
      'Anfrage erhalten: {subject}',
      'Ihre Anfrage ({n}) ist bei uns eingegangen',
      'Eingangsbestätigung - {subject}',
    ],
    ackBody:
      'Vielen Dank für Ihre Nachricht. Dies ist eine automatische Eingangsbestätigung; wir melden uns innerhalb von 5 Werktagen. Vorgangsnummer: {n}.',
    signup: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse bei {company}',
      body: 'Hallo {first}, danke für Ihre Registrierung bei {company}. Bitte bestätigen Sie Ihre Adresse: https://{site}/bestaetigen/{n}',
    },
    newsletter: {
      subject: 'Newsletter von {company}: bitte bestätigen',
      body: 'Sie haben unseren Newsletter bestellt. Bitte bestätigen: https://{site}/newsletter/{n}',
    },
  },
  fr: {
    sent: [
      "Demande d'accès à mes données (RGPD)",
      'Suppression de mon compte',
      'Résiliation de mon abonnement',
      'Question sur ma facture {company}',
    ],
    sentBody:
      'Bonjour,\n\nJe vous prie de me communiquer les données personnelles que {company} détient à mon sujet. Mon compte est lié à cette adresse.\n\nCordialement,\n{person}',
    wrappers: [
      'RE: {subject}',
      '[#{n}] {subject}',
      'Demande reçue : {subject}',
      'Votre demande ({n}) a bien été reçue',
      'Accusé de réception - {subject}',
    ],
    ackBody:
      'Merci pour votre message. Ceci est un accusé de réception automatique ; nous vous répondrons sous 5 jours ouvrés. Référence : {n}.',
    signup: {
      subject: 'Confirmez votre adresse e-mail pour {company}',
      body: "Bonjour {first}, merci d'avoir créé un compte {company}. Confirmez votre adresse : https://{site}/confirmer/{n}",
    },
    newsletter: {
      subject: 'Confirmez votre inscription à la lettre de {company}',
      body: "Vous avez demandé notre lettre d'information. Confirmez : https://{site}/lettre/{n}",
    },
  },
  es: {
    sent: [
      'Solicitud de acceso a mis datos (RGPD)',
      'Eliminación de mi cuenta',
      'Baja de mi suscripción',
      'Consulta sobre mi factura de {company}',
    ],
    sentBody:
      'Hola:\n\nSolicito acceso a los datos personales que {company} conserva sobre mí. Mi cuenta está asociada a esta dirección.\n\nUn saludo,\n{person}',
    wrappers: [
      'RE: {subject}',
      '[#{n}] {subject}',
      'Solicitud recibida: {subject}',
      'Hemos recibido tu solicitud ({n})',
      'Acuse de recibo - {subject}',
    ],
    ackBody:
      'Gracias por escribirnos. Esta es una respuesta automática para confirmar que hemos recibido tu mensaje; te responderemos en 5 días laborables. Referencia: {n}.',
    signup: {
      subject: 'Confirma tu correo en {company}',
      body: 'Hola {first}, gracias por crear tu cuenta en {company}. Confirma tu correo: https://{site}/confirmar/{n}',
    },
    newsletter: {
      subject: 'Confirma tu suscripción al boletín de {company}',
      body: 'Has pedido recibir nuestro boletín. Confirma aquí: https://{site}/boletin/{n}',
    },
  },
  pt: {
    sent: [
      'Pedido de acesso aos meus dados (RGPD)',
      'Eliminação da minha conta',
      'Cancelamento da assinatura',
      'Dúvida sobre a fatura da {company}',
    ],
    sentBody:
      'Bom dia,\n\nSolicito acesso aos dados pessoais que a {company} guarda sobre mim. A minha conta está associada a este endereço.\n\nCumprimentos,\n{person}',
    wrappers: [
      'RE: {subject}',
      '[#{n}] {subject}',
      'Pedido recebido: {subject}',
      'O seu pedido ({n}) foi recebido',
      'Confirmação de receção - {subject}',
    ],
    ackBody:
      'Obrigado pelo seu contacto. Esta é uma resposta automática a confirmar a receção da sua mensagem; responderemos em 5 dias úteis. Referência: {n}.',
    signup: {
      subject: 'Confirme o seu e-mail na {company}',
      body: 'Olá {first}, obrigado por criar conta na {company}. Confirme o seu e-mail: https://{site}/confirmar/{n}',
    },
    newsletter: {
      subject: 'Confirme a subscrição da newsletter {company}',
      body: 'Pediu para receber a nossa newsletter. Confirme aqui: https://{site}/newsletter/{n}',
    },
  },
  it: {
    sent: [
      'Richiesta di accesso ai miei dati (GDPR)',
      'Cancellazione del mio account',
      'Disdetta abbonamento',
      'Domanda sulla fattura {company}',
    ],
    sentBody:
      'Buongiorno,\n\nchiedo di conoscere i dati personali che {company} conserva su di me. Il mio account è collegato a questo indirizzo.\n\nCordiali saluti,\n{person}',
    wrappers: [
      'R: {subject}',
      '[#{n}] {subject}',
      'Richiesta ricevuta: {subject}',
      'La tua richiesta ({n}) è stata ricevuta',
      'Conferma di ricezione - {subject}',
    ],
    ackBody:
      'Grazie per averci scritto. Questa è una risposta automatica per confermare la ricezione del messaggio; risponderemo entro 5 giorni lavorativi. Riferimento: {n}.',
    signup: {
      subject: 'Conferma la tua email su {company}',
      body: 'Ciao {first}, grazie per esserti registrato su {company}. Conferma la tua email: https://{site}/conferma/{n}',
    },
    newsletter: {
      subject: "Conferma l'iscrizione alla newsletter di {company}",
      body: 'Hai chiesto di ricevere la nostra newsletter. Conferma qui: https://{site}/newsletter/{n}',
    },
  },
  nl: {
    sent: [
      'Inzageverzoek AVG',
      'Verwijder mijn account',
      'Opzegging abonnement',
      'Vraag over mijn factuur van {company}',
    ],
    sentBody:
      'Beste,\n\nGraag ontvang ik een overzicht van de persoonsgegevens die {company} over mij bewaart. Mijn account staat op dit adres.\n\nMet vriendelijke groet,\n{person}',
    wrappers: [
      'RE: {subject}',
      '[#{n}] {subject}',
      'Verzoek ontvangen: {subject}',
      'Je verzoek ({n}) is ontvangen',
      'Ontvangstbevestiging - {subject}',
    ],
    ackBody:
      'Bedankt voor je bericht. Dit is een automatische ontvangstbevestiging; we reageren binnen 5 werkdagen. Kenmerk: {n}.',
    signup: {
      subject: 'Bevestig je e-mailadres bij {company}',
      body: 'Hoi {first}, bedankt voor je registratie bij {company}. Bevestig je e-mailadres: https://{site}/bevestigen/{n}',
    },
    newsletter: {
      subject: 'Bevestig je aanmelding voor de nieuwsbrief van {company}',
      body: 'Je hebt je aangemeld voor onze nieuwsbrief. Bevestig hier: https://{site}/nieuwsbrief/{n}',
    },
  },
}
