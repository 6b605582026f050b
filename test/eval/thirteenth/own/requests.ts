// What the person writes to companies themselves (subject and first line), the mailboxes they
// write to, the wrappers an acknowledgement puts around the echoed subject, and the
// acknowledgement's text. All written for this set.
import type { Lang } from '../../types.ts'

export const REQUESTS: Record<Lang, readonly string[]> = {
  en: [
    'Request to delete my personal data',
    'Data access request (Art. 15 GDPR)',
    'Please close my account',
    'Question about my order 58120',
    'Stop marketing emails to this address',
    'Wrong billing address on my invoice',
  ],
  de: [
    'Antrag auf Löschung meiner Daten',
    'Auskunftsersuchen nach Art. 15 DSGVO',
    'Bitte mein Kundenkonto schließen',
    'Frage zu meiner Bestellung 58120',
    'Keine Werbung mehr an diese Adresse',
    'Falsche Rechnungsanschrift',
  ],
  fr: [
    'Demande de suppression de mes données',
    "Demande d'accès (art. 15 RGPD)",
    'Merci de clôturer mon compte',
    'Question sur ma commande 58120',
    'Plus de publicité à cette adresse',
    'Adresse de facturation erronée',
  ],
  es: [
    'Solicitud de supresión de mis datos',
    'Derecho de acceso (art. 15 RGPD)',
    'Por favor, cierren mi cuenta',
    'Consulta sobre mi pedido 58120',
    'No quiero más publicidad',
    'Dirección de facturación incorrecta',
  ],
  pt: [
    'Pedido de eliminação dos meus dados',
    'Pedido de acesso (art. 15 RGPD)',
    'Por favor encerrem a minha conta',
    'Dúvida sobre o meu pedido 58120',
    'Não quero mais publicidade',
    'Morada de faturação errada',
  ],
  it: [
    'Richiesta di cancellazione dei miei dati',
    'Richiesta di accesso (art. 15 GDPR)',
    'Vi prego di chiudere il mio account',
    'Domanda sul mio ordine 58120',
    'Basta email promozionali',
    'Indirizzo di fatturazione errato',
  ],
  nl: [
    'Verzoek tot verwijdering van mijn gegevens',
    'Inzageverzoek (art. 15 AVG)',
    'Graag mijn account opheffen',
    'Vraag over mijn bestelling 58120',
    'Geen reclame meer naar dit adres',
    'Verkeerd factuuradres',
  ],
}

export const OPENING: Record<Lang, string> = {
  en: 'Hello, I am writing about the matter in the subject. Please confirm once it is handled. Kind regards,',
  de: 'Guten Tag, ich schreibe Ihnen wegen des im Betreff genannten Anliegens. Bitte bestätigen Sie mir die Erledigung. Mit freundlichen Grüßen',
  fr: "Bonjour, je vous écris au sujet de l'objet ci-dessus. Merci de me confirmer son traitement. Cordialement,",
  es: 'Hola, les escribo por el asunto indicado. Por favor, confírmenme cuando esté resuelto. Un saludo,',
  pt: 'Olá, escrevo sobre o assunto indicado. Por favor confirmem quando estiver tratado. Cumprimentos,',
  it: "Buongiorno, vi scrivo per quanto indicato nell'oggetto. Vi prego di confermarmi quando sarà gestito. Cordiali saluti,",
  nl: 'Goedendag, ik schrijf u over het onderwerp hierboven. Graag een bevestiging zodra het is afgehandeld. Met vriendelijke groet,',
}

export const MAILBOXES = ['privacy', 'support', 'contact', 'dpo', 'service', 'hello'] as const

export const WRAPPERS: Record<Lang, readonly string[]> = {
  en: [
    'Re: {s}',
    '[#{id}] {s}',
    'Request received: {s}',
    'Automatic reply: {s}',
    '[Ticket ID: {id}] {s}',
    'We received your message "{s}"',
  ],
  de: [
    'AW: {s}',
    '[#{id}] {s}',
    'Anfrage erhalten: {s}',
    'Automatische Antwort: {s}',
    'Ihre Anfrage [{id}]: {s}',
  ],
  fr: [
    'RE: {s}',
    '[#{id}] {s}',
    'Demande reçue : {s}',
    'Réponse automatique : {s}',
    '[Ticket {id}] {s}',
  ],
  es: [
    'RE: {s}',
    '[#{id}] {s}',
    'Solicitud recibida: {s}',
    'Respuesta automática: {s}',
    '[Caso {id}] {s}',
  ],
  pt: [
    'RE: {s}',
    '[#{id}] {s}',
    'Pedido recebido: {s}',
    'Resposta automática: {s}',
    '[Ticket {id}] {s}',
  ],
  it: [
    'R: {s}',
    '[#{id}] {s}',
    'Richiesta ricevuta: {s}',
    'Risposta automatica: {s}',
    '[Ticket {id}] {s}',
  ],
  nl: [
    'Re: {s}',
    '[#{id}] {s}',
    'Verzoek ontvangen: {s}',
    'Automatisch antwoord: {s}',
    '[Ticket {id}] {s}',
  ],
}

export const ACK_BODY: Record<Lang, string> = {
  en: 'Thank you for contacting {company}. Your request #{id} has been received and will be answered by our team within 5 working days. You can reply to this email to add information.',
  de: 'Vielen Dank für Ihre Nachricht an {company}. Ihre Anfrage #{id} ist eingegangen und wird innerhalb von 5 Werktagen beantwortet. Sie können auf diese E-Mail antworten, um Informationen zu ergänzen.',
  fr: 'Merci d’avoir contacté {company}. Votre demande n°{id} a bien été reçue ; notre équipe y répondra sous 5 jours ouvrés. Répondez à ce message pour la compléter.',
  es: 'Gracias por contactar con {company}. Hemos recibido su solicitud n.º {id} y le responderemos en un plazo de 5 días hábiles. Puede responder a este correo para añadir información.',
  pt: 'Obrigado por contactar a {company}. O seu pedido nº {id} foi recebido e será respondido em 5 dias úteis. Pode responder a este e-mail para acrescentar informação.',
  it: 'Grazie per aver contattato {company}. La tua richiesta n. {id} è stata ricevuta e riceverà risposta entro 5 giorni lavorativi. Puoi rispondere a questa email per aggiungere informazioni.',
  nl: 'Bedankt voor uw bericht aan {company}. Uw verzoek #{id} is ontvangen en wordt binnen 5 werkdagen beantwoord. U kunt op deze e-mail reageren om informatie toe te voegen.',
}
