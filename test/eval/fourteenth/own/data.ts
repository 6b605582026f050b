// What the person writes to companies themselves, and how companies wrap the echoed subject in
// their acknowledgement, per language. Written for this set.
import type { Lang } from '../../types.ts'

export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Subject access request under UK GDPR',
    'Please delete my account and data',
    'Question about my order',
    'Opt-out of data sharing',
    'Copy of my personal data',
  ],
  de: [
    'Auskunftsersuchen nach Art. 15 DSGVO',
    'Löschung meines Kontos',
    'Frage zu meiner Bestellung',
    'Widerspruch gegen Werbung',
    'Kündigung meines Vertrags',
  ],
  fr: [
    "Demande d'accès à mes données (RGPD)",
    'Suppression de mon compte',
    'Question sur ma commande',
    'Opposition à la prospection',
    'Résiliation de mon abonnement',
  ],
  es: [
    'Solicitud de acceso a mis datos (RGPD)',
    'Supresión de mi cuenta',
    'Consulta sobre mi pedido',
    'Oposición a publicidad',
    'Baja de mi suscripción',
  ],
  pt: [
    'Pedido de acesso aos meus dados (RGPD)',
    'Eliminação da minha conta',
    'Dúvida sobre a minha encomenda',
    'Oposição a marketing',
    'Cancelamento da assinatura',
  ],
  it: [
    'Richiesta di accesso ai dati (GDPR)',
    'Cancellazione del mio account',
    'Domanda sul mio ordine',
    'Opposizione al marketing',
    'Disdetta abbonamento',
  ],
  nl: [
    'Inzageverzoek op grond van de AVG',
    'Verwijdering van mijn account',
    'Vraag over mijn bestelling',
    'Bezwaar tegen direct marketing',
    'Opzegging abonnement',
  ],
}

export const SENT_BODY: Record<Lang, string> = {
  en: 'Hello,\n\nplease treat this as my formal request. My account email is this address.\n\nThank you.',
  de: 'Guten Tag,\n\nbitte behandeln Sie dies als meine förmliche Anfrage. Mein Konto läuft auf diese Adresse.\n\nDanke.',
  fr: 'Bonjour,\n\nmerci de traiter ce message comme ma demande formelle. Mon compte est lié à cette adresse.\n\nMerci.',
  es: 'Hola:\n\nles ruego que traten este mensaje como mi solicitud formal. Mi cuenta está asociada a esta dirección.\n\nGracias.',
  pt: 'Olá,\n\npeço que tratem esta mensagem como o meu pedido formal. A minha conta está associada a este endereço.\n\nObrigado.',
  it: 'Buongiorno,\n\nvi prego di considerare questo messaggio come richiesta formale. Il mio account è associato a questo indirizzo.\n\nGrazie.',
  nl: 'Goedendag,\n\nbeschouw dit bericht als mijn formele verzoek. Mijn account hoort bij dit adres.\n\nDank u.',
}

export const MAILBOXES: Record<Lang, readonly string[]> = {
  en: ['privacy', 'support', 'contact', 'dpo', 'help'],
  de: ['datenschutz', 'service', 'kontakt', 'support', 'info'],
  fr: ['dpo', 'service-client', 'contact', 'rgpd', 'support'],
  es: ['privacidad', 'atencion', 'contacto', 'dpo', 'soporte'],
  pt: ['privacidade', 'apoio', 'contacto', 'dpo', 'suporte'],
  it: ['privacy', 'assistenza', 'info', 'dpo', 'supporto'],
  nl: ['privacy', 'klantenservice', 'contact', 'fg', 'support'],
}

type Wrap = (s: string, ref: string) => string

export const WRAPS: Record<Lang, readonly Wrap[]> = {
  en: [
    (s) => `Re: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Request received: ${s}`,
    (s) => `Automatic reply: ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
  de: [
    (s) => `AW: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Automatische Antwort: ${s}`,
    (s) => `Eingangsbestätigung: ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
  fr: [
    (s) => `RE: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Réponse automatique : ${s}`,
    (s) => `Demande reçue : ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
  es: [
    (s) => `RE: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Respuesta automática: ${s}`,
    (s) => `Solicitud recibida: ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
  pt: [
    (s) => `RE: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Resposta automática: ${s}`,
    (s) => `Pedido recebido: ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
  it: [
    (s) => `R: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Risposta automatica: ${s}`,
    (s) => `Richiesta ricevuta: ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
  nl: [
    (s) => `RE: ${s}`,
    (s, r) => `[#${r}] ${s}`,
    (s) => `Automatisch antwoord: ${s}`,
    (s) => `Verzoek ontvangen: ${s}`,
    (s, r) => `${s} [Ticket ${r}]`,
  ],
}

export const ACK_BODY: Record<Lang, readonly string[]> = {
  en: [
    'Thank you for your message. We have received your request and will respond within one month, as required by law.',
    'Hi, thanks for reaching out! Our team will get back to you soon.',
  ],
  de: [
    'Vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen erhalten und antworten innerhalb der gesetzlichen Frist.',
    'Danke für deine Nachricht, wir melden uns bald.',
  ],
  fr: [
    'Merci pour votre message. Nous avons bien reçu votre demande et y répondrons dans le délai légal.',
    'Merci, notre équipe revient vers vous rapidement.',
  ],
  es: [
    'Gracias por su mensaje. Hemos recibido su solicitud y responderemos en el plazo legal.',
    'Gracias, nuestro equipo te responderá pronto.',
  ],
  pt: [
    'Obrigado pela sua mensagem. Recebemos o seu pedido e responderemos no prazo legal.',
    'Obrigado, a nossa equipa responde em breve.',
  ],
  it: [
    'Grazie per il messaggio. Abbiamo ricevuto la richiesta e risponderemo entro i termini di legge.',
    'Grazie, il nostro team ti risponderà presto.',
  ],
  nl: [
    'Dank voor uw bericht. Wij hebben uw verzoek ontvangen en reageren binnen de wettelijke termijn.',
    'Bedankt, ons team reageert snel.',
  ],
}
