// In-house contact and support forms: the short acknowledgements companies write themselves
// (shops, insurers, utilities, public bodies), in the phrasings such pages commonly use. These are
// written from general knowledge of such mails, not copied from any one company.
import type { Product } from '../types.ts'

export const inhouse: Product = {
  family: 'helpdesk',
  product: 'in-house form',
  source: 'common phrasings of company-written contact-form acknowledgements (reconstruction)',
  senders: [
    { shape: 'own', local: 'noreply', name: '{company}' },
    { shape: 'own', local: 'kontakt', name: '{company} Kundenservice' },
    { shape: 'own', local: 'no-reply', name: '{company} Customer Service' },
    { shape: 'display', name: '{company}' },
  ],
  id: (n) => `${2026}${String(n).padStart(6, '0')}`,
  texts: {
    en: [
      {
        subject: 'We have received your enquiry',
        body: 'Dear {name},\n\nThank you for getting in touch with {company}. This is to confirm that we have received your enquiry and one of our advisers will respond within 2 working days. Your reference number is {id}.\n\nSubject: {payload}\n\nKind regards,\nCustomer Services',
      },
      {
        subject: 'Thank you for contacting {company}',
        body: 'Hi {name}, thanks for your message! Our team will review it and get back to you as soon as we can. Please do not reply to this automated email.',
      },
      {
        subject: 'Your case {id} has been created',
        body: 'Hello {name},\n\nYour case number is {id}. We aim to respond to all cases within 48 hours.\n\nCase summary: {payload}\n\n{company} Support',
      },
    ],
    de: [
      {
        subject: 'Ihre Anfrage bei {company}',
        body: 'Guten Tag {name},\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und werden uns schnellstmöglich bei Ihnen melden. Ihre Vorgangsnummer lautet {id}.\n\nBetreff: {payload}\n\nMit freundlichen Grüßen\nIhr {company} Kundenservice',
      },
      {
        subject: 'Eingangsbestätigung Ihrer Kontaktanfrage',
        body: 'Hallo {name}, danke für Ihre Kontaktanfrage über unser Formular. Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.',
      },
    ],
    fr: [
      {
        subject: 'Nous avons bien reçu votre demande',
        body: 'Bonjour {name},\n\nNous vous remercions d’avoir contacté {company}. Votre demande n° {id} a bien été enregistrée et sera traitée dans les meilleurs délais.\n\nObjet : {payload}\n\nCordialement,\nLe service client',
      },
      {
        subject: 'Accusé de réception de votre message',
        body: 'Bonjour, ceci est un message automatique : votre message a bien été transmis à nos équipes, qui reviendront vers vous sous 48 h ouvrées. Merci de ne pas répondre à cet e-mail.',
      },
    ],
    es: [
      {
        subject: 'Hemos recibido tu solicitud',
        body: 'Hola {name},\n\nGracias por ponerte en contacto con {company}. Tu solicitud con número {id} ha sido registrada y te responderemos lo antes posible.\n\nAsunto: {payload}\n\nUn saludo,\nAtención al cliente',
      },
      {
        subject: 'Confirmación de recepción de su consulta',
        body: 'Estimado/a cliente: le confirmamos que hemos recibido su consulta. Este es un mensaje automático, por favor no responda.',
      },
    ],
    pt: [
      {
        subject: 'Recebemos a sua mensagem',
        body: 'Olá {name},\n\nObrigado por entrar em contato com a {company}. Sua solicitação foi registrada com o protocolo {id} e responderemos em breve.\n\nAssunto: {payload}\n\nAtenciosamente,\nAtendimento ao Cliente',
      },
      {
        subject: 'Protocolo de atendimento {id}',
        body: 'Prezado(a) {name}, seu protocolo de atendimento é {id}. Nossa equipe retornará em até 2 dias úteis. Esta é uma mensagem automática.',
      },
    ],
    it: [
      {
        subject: 'Abbiamo ricevuto la tua richiesta',
        body: 'Ciao {name},\n\ngrazie per aver contattato {company}. La tua richiesta n. {id} è stata presa in carico e ti risponderemo il prima possibile.\n\nOggetto: {payload}\n\nCordiali saluti,\nServizio Clienti',
      },
      {
        subject: 'Conferma di ricezione della tua segnalazione',
        body: 'Gentile cliente, ti confermiamo di aver ricevuto la tua segnalazione. Questo è un messaggio automatico, ti preghiamo di non rispondere.',
      },
    ],
    nl: [
      {
        subject: 'We hebben je bericht ontvangen',
        body: 'Hoi {name},\n\nBedankt voor je bericht aan {company}. We hebben je vraag ontvangen onder nummer {id} en reageren binnen 2 werkdagen.\n\nOnderwerp: {payload}\n\nMet vriendelijke groet,\nKlantenservice',
      },
      {
        subject: 'Ontvangstbevestiging van uw vraag',
        body: 'Geachte heer/mevrouw, hierbij bevestigen wij de ontvangst van uw vraag. Dit is een automatisch bericht; u kunt hier niet op antwoorden.',
      },
    ],
  },
}
