// LiveAgent: the automatic answer ("autoanswer") to a new ticket from mail or the contact form;
// LiveAgent's ticket codes look like ABC-12345-678.
// source: LiveAgent knowledge base, "Autoresponders" / default new-ticket autoanswer
// (reconstructed); LiveAgent ships its own translations of the default text.
import type { Product } from './product.ts'

export const LIVEAGENT: Product = {
  product: 'LiveAgent',
  family: 'helpdesk',
  source: 'LiveAgent KB "Autoresponders", default autoanswer for new tickets (reconstruction)',
  locals: ['support', 'care', 'help'],
  hosted: (c) => `support@${c.slug}.ladesk.com`,
  channel: 'email',
  ticket: '@@@-#####-###',
  texts: {
    en: [
      {
        subject: 'Re: {title}',
        body: 'Hello {name},\n\nthank you for contacting us. We have received your ticket and will answer as soon as possible.\n\nTicket ID: {ticket}\n\nBest regards,\n{company} customer care\n\n---- Original message ----\n{message}',
      },
    ],
    de: [
      {
        subject: 'Re: {title}',
        body: 'Hallo {name},\n\nvielen Dank für Ihre Kontaktaufnahme. Wir haben Ihr Ticket erhalten und beantworten es so schnell wie möglich.\n\nTicket-ID: {ticket}\n\nMit freundlichen Grüßen\n{company} Kundenservice\n\n---- Ursprüngliche Nachricht ----\n{message}',
      },
    ],
    fr: [
      {
        subject: 'Re: {title}',
        body: 'Bonjour {name},\n\nmerci de nous avoir contactés. Nous avons bien reçu votre ticket et y répondrons dès que possible.\n\nID du ticket : {ticket}\n\nCordialement,\nService client {company}\n\n---- Message d’origine ----\n{message}',
      },
    ],
    es: [
      {
        subject: 'Re: {title}',
        body: 'Hola {name}:\n\ngracias por contactar con nosotros. Hemos recibido su ticket y le responderemos lo antes posible.\n\nID del ticket: {ticket}\n\nUn saludo,\nAtención al cliente de {company}\n\n---- Mensaje original ----\n{message}',
      },
    ],
    pt: [
      {
        subject: 'Re: {title}',
        body: 'Olá {name},\n\nobrigado pelo contato. Recebemos seu ticket e responderemos o mais breve possível.\n\nID do ticket: {ticket}\n\nAtenciosamente,\nAtendimento {company}\n\n---- Mensagem original ----\n{message}',
      },
    ],
    it: [
      {
        subject: 'Re: {title}',
        body: 'Buongiorno {name},\n\ngrazie per averci contattato. Abbiamo ricevuto il suo ticket e le risponderemo il prima possibile.\n\nID ticket: {ticket}\n\nCordiali saluti,\nAssistenza clienti {company}\n\n---- Messaggio originale ----\n{message}',
      },
    ],
    nl: [
      {
        subject: 'Re: {title}',
        body: 'Hallo {name},\n\nbedankt voor uw bericht. We hebben uw ticket ontvangen en beantwoorden het zo snel mogelijk.\n\nTicket-ID: {ticket}\n\nMet vriendelijke groet,\nKlantenservice {company}\n\n---- Oorspronkelijk bericht ----\n{message}',
      },
    ],
  },
}
