// The person's own errand (a request for a copy of their personal data, sent to 8–12 companies)
// and how companies acknowledge it, in every language: wrappers around the echoed subject and a
// short acknowledgement. Reconstructions of ordinary helpdesk auto-replies.
import type { SixthLang } from './langs.ts'

export interface OwnWords {
  subject: string
  body: string
  wrappers: readonly string[]
  ack: string
}

export const OWN_WORDS: Record<SixthLang, OwnWords> = {
  en: {
    subject: 'Request for a copy of my personal data',
    body: 'Hello, under Article 15 GDPR I ask for a copy of the personal data you hold about me. Kind regards, {name}',
    wrappers: [
      'Re: {s}',
      '[#{n}] {s}',
      'Request received: {s}',
      "We've received your request ({s})",
    ],
    ack: 'Thank you for your message. We have received your request and will answer within one month.',
  },
  de: {
    subject: 'Auskunftsersuchen nach Art. 15 DSGVO',
    body: 'Guten Tag, ich bitte um Auskunft über die zu meiner Person gespeicherten Daten. Mit freundlichen Grüßen, {name}',
    wrappers: [
      'AW: {s}',
      '[#{n}] {s}',
      'Anfrage erhalten: {s}',
      'Ihre Anfrage "{s}" ist eingegangen',
    ],
    ack: 'Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und antworten innerhalb eines Monats.',
  },
  fr: {
    subject: "Demande d'accès à mes données personnelles",
    body: "Bonjour, en vertu de l'article 15 du RGPD je vous demande une copie de mes données. Cordialement, {name}",
    wrappers: [
      'RE: {s}',
      '[#{n}] {s}',
      'Demande reçue : {s}',
      'Nous avons bien reçu votre demande « {s} »',
    ],
    ack: 'Merci pour votre message. Votre demande a bien été reçue, nous y répondrons sous un mois.',
  },
  es: {
    subject: 'Solicitud de acceso a mis datos personales',
    body: 'Hola, conforme al artículo 15 del RGPD solicito una copia de mis datos personales. Saludos, {name}',
    wrappers: [
      'RE: {s}',
      '[#{n}] {s}',
      'Solicitud recibida: {s}',
      'Hemos recibido tu solicitud "{s}"',
    ],
    ack: 'Gracias por tu mensaje. Hemos recibido tu solicitud y responderemos en el plazo de un mes.',
  },
  pt: {
    subject: 'Pedido de acesso aos meus dados pessoais',
    body: 'Olá, ao abrigo do artigo 15.º do RGPD peço uma cópia dos meus dados pessoais. Cumprimentos, {name}',
    wrappers: ['RE: {s}', '[#{n}] {s}', 'Pedido recebido: {s}', 'Recebemos o seu pedido "{s}"'],
    ack: 'Obrigado pela sua mensagem. Recebemos o seu pedido e responderemos no prazo de um mês.',
  },
  it: {
    subject: 'Richiesta di accesso ai miei dati personali',
    body: "Buongiorno, ai sensi dell'articolo 15 del GDPR chiedo una copia dei miei dati personali. Cordiali saluti, {name}",
    wrappers: [
      'R: {s}',
      '[#{n}] {s}',
      'Richiesta ricevuta: {s}',
      'Abbiamo ricevuto la sua richiesta "{s}"',
    ],
    ack: 'Grazie per il suo messaggio. Abbiamo ricevuto la richiesta e risponderemo entro un mese.',
  },
  nl: {
    subject: 'Verzoek om inzage in mijn persoonsgegevens',
    body: 'Goedendag, op grond van artikel 15 AVG vraag ik om een kopie van mijn persoonsgegevens. Met vriendelijke groet, {name}',
    wrappers: [
      'Re: {s}',
      '[#{n}] {s}',
      'Verzoek ontvangen: {s}',
      'We hebben je verzoek "{s}" ontvangen',
    ],
    ack: 'Bedankt voor je bericht. We hebben je verzoek ontvangen en reageren binnen een maand.',
  },
  sv: {
    subject: 'Begäran om registerutdrag enligt GDPR',
    body: 'Hej, enligt artikel 15 i GDPR begär jag en kopia av de personuppgifter ni har om mig. Vänliga hälsningar, {name}',
    wrappers: [
      'SV: {s}',
      '[#{n}] {s}',
      'Begäran mottagen: {s}',
      'Vi har tagit emot din begäran "{s}"',
    ],
    ack: 'Tack för ditt meddelande. Vi har tagit emot din begäran och svarar inom en månad.',
  },
  pl: {
    subject: 'Wniosek o dostęp do moich danych osobowych',
    body: 'Dzień dobry, na podstawie art. 15 RODO proszę o kopię moich danych osobowych. Z poważaniem, {name}',
    wrappers: [
      'Odp: {s}',
      '[#{n}] {s}',
      'Otrzymaliśmy zgłoszenie: {s}',
      'Twoja prośba "{s}" została przyjęta',
    ],
    ack: 'Dziękujemy za wiadomość. Otrzymaliśmy Twój wniosek i odpowiemy w ciągu miesiąca.',
  },
}
