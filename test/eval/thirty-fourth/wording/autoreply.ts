// Wordings of this set's own for the auto-reply waves (the attacker mails companies with the
// victim's address forged as sender; their auto-responders answer her, the attacker's subject in
// a wrapper) and for the "verify your email address to submit your request" helpdesk behaviour.
import type { Lang } from '../../types.ts'
import type { Text } from '../products.ts'

export const AUTO_REPLY: Record<Lang, readonly Text[]> = {
  en: [
    {
      subject: 'Re: {payload}',
      body: 'Thank you for contacting {company}. This is an automated response to confirm we received your email. A member of our team will reply within 2 business days.',
    },
    {
      subject: 'Automatic reply: {payload}',
      body: 'I am out of the office until Monday with limited access to email. For urgent matters please contact info@{domain}.\nKind regards, Peter Hale, {company}',
    },
    {
      subject: 'Thanks for your email [#{ticket}]',
      body: 'Hello, we have received your message "{payload}" and created request #{ticket}. Please keep this number in the subject of any reply. {company} Support',
    },
  ],
  de: [
    {
      subject: 'AW: {payload}',
      body: 'Wir haben Ihre E-Mail erhalten und melden uns so schnell wie möglich. Dies ist eine automatische Antwort. Ihr {company}-Team',
    },
    {
      subject: 'Abwesend: {payload}',
      body: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag nicht im Büro. In dringenden Fällen wenden Sie sich an zentrale@{domain}.\nSabine Krüger, {company}',
    },
    {
      subject: 'Ihre Anfrage [{ticket}] – {payload}',
      body: 'Sehr geehrte Damen und Herren, Ihre Nachricht ist bei uns eingegangen und hat die Nummer {ticket} erhalten. {company} Kundenservice',
    },
  ],
  fr: [
    {
      subject: 'RE : {payload}',
      body: 'Bonjour, nous accusons réception de votre e-mail. Ceci est une réponse automatique, notre équipe vous répondra dans les meilleurs délais. {company}',
    },
    {
      subject: 'Réponse automatique : {payload}',
      body: 'Je suis absente du bureau jusqu’au 24 inclus. Pour toute urgence, écrivez à contact@{domain}. Claire Martin – {company}',
    },
    {
      subject: 'Accusé de réception [{ticket}]',
      body: 'Votre message « {payload} » a été enregistré sous la référence {ticket}. Service client {company}',
    },
  ],
  es: [
    {
      subject: 'RE: {payload}',
      body: 'Gracias por escribir a {company}. Este es un mensaje automático: hemos recibido su correo y le responderemos lo antes posible.',
    },
    {
      subject: 'Respuesta automática: {payload}',
      body: 'Estoy fuera de la oficina hasta el lunes. Para asuntos urgentes, escriba a info@{domain}. Un saludo, Marta Ruiz ({company})',
    },
    {
      subject: 'Hemos recibido su correo [{ticket}]',
      body: 'Su mensaje «{payload}» ha sido registrado con el número {ticket}. Atención al cliente {company}',
    },
  ],
  pt: [
    {
      subject: 'RE: {payload}',
      body: 'Obrigado por entrar em contato com a {company}. Esta é uma resposta automática: recebemos seu e-mail e responderemos em breve.',
    },
    {
      subject: 'Resposta automática: {payload}',
      body: 'Estou de férias até dia 30, com acesso limitado ao e-mail. Em caso de urgência, contate atendimento@{domain}. Paulo Reis – {company}',
    },
    {
      subject: 'Recebemos seu e-mail [{ticket}]',
      body: 'Sua mensagem "{payload}" foi registrada sob o protocolo {ticket}. Equipe {company}',
    },
  ],
  it: [
    {
      subject: 'R: {payload}',
      body: 'Grazie per aver scritto a {company}. Questa è una risposta automatica: abbiamo ricevuto la sua email e la ricontatteremo al più presto.',
    },
    {
      subject: 'Risposta automatica: {payload}',
      body: 'Sono fuori ufficio fino a lunedì. Per urgenze scrivete a info@{domain}. Cordiali saluti, Luca Bianchi – {company}',
    },
    {
      subject: 'Abbiamo ricevuto la sua email [{ticket}]',
      body: 'Il suo messaggio "{payload}" è stato registrato con il numero {ticket}. Assistenza {company}',
    },
  ],
  nl: [
    {
      subject: 'Re: {payload}',
      body: 'Bedankt voor uw e-mail aan {company}. Dit is een automatisch antwoord: we hebben uw bericht ontvangen en reageren zo snel mogelijk.',
    },
    {
      subject: 'Automatisch antwoord: {payload}',
      body: 'Ik ben tot en met vrijdag afwezig. Voor dringende zaken kunt u mailen naar info@{domain}. Met vriendelijke groet, Sanne de Vries ({company})',
    },
    {
      subject: 'Wij hebben uw e-mail ontvangen [{ticket}]',
      body: 'Uw bericht "{payload}" is geregistreerd onder nummer {ticket}. Klantenservice {company}',
    },
  ],
}

/** A helpdesk that first asks the sender to verify the address before the request is filed. */
export const REQUEST_VERIFY: Record<Lang, readonly Text[]> = {
  en: [
    {
      subject: 'Verify your email address to submit your request',
      body: 'Hi {name}, to submit your request "{payload}" to {company} Support, verify your email address: {link}. Your request will not be sent until you do.',
    },
    {
      subject: '[{company}] Please verify your email',
      body: 'We need to confirm this address before we can create your support request. Verify email: {link}',
    },
  ],
  de: [
    {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse, um Ihre Anfrage zu senden',
      body: 'Hallo {name}, bevor Ihre Anfrage „{payload}“ an {company} weitergeleitet wird, bestätigen Sie bitte Ihre Adresse: {link}',
    },
  ],
  fr: [
    {
      subject: 'Vérifiez votre adresse e-mail pour envoyer votre demande',
      body: 'Bonjour {name}, votre demande « {payload} » ne sera transmise à {company} qu’après vérification de votre adresse : {link}',
    },
  ],
  es: [
    {
      subject: 'Verifica tu correo para enviar tu solicitud',
      body: 'Hola {name}, para enviar tu solicitud «{payload}» a {company} primero verifica tu dirección: {link}',
    },
  ],
  pt: [
    {
      subject: 'Verifique seu e-mail para enviar sua solicitação',
      body: 'Olá {name}, para enviar a solicitação "{payload}" à {company}, verifique seu e-mail: {link}',
    },
  ],
  it: [
    {
      subject: 'Verifica il tuo indirizzo email per inviare la richiesta',
      body: 'Ciao {name}, per inviare la richiesta "{payload}" a {company} verifica prima il tuo indirizzo: {link}',
    },
  ],
  nl: [
    {
      subject: 'Verifieer je e-mailadres om je aanvraag te versturen',
      body: 'Hoi {name}, je aanvraag "{payload}" wordt pas naar {company} gestuurd als je je adres verifieert: {link}',
    },
  ],
}
