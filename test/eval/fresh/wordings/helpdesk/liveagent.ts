import { w, type Product } from '../types.ts'

// LiveAgent default "Answer for new ticket" auto-reply (Configuration > Email > Templates,
// "New ticket" answer); LiveAgent knowledge base "Email templates".
export const liveagent: Product = {
  product: 'LiveAgent',
  family: 'helpdesk',
  source: 'LiveAgent knowledge base, email templates, auto-answer for new tickets',
  ticket: '@@@-@@@-@@@@',
  hosted: 'support@{slug}.ladesk.com',
  texts: {
    en: [
      w(
        'Re: {subject}',
        `Hello {name},\n\nthank you for contacting us. We have received your message and one of our agents will reply as soon as possible.\n\nTicket ID: {ticket}\nTo add information, reply to this email and keep the ticket ID in the subject.\n\nBest regards,\n{company} support`,
      ),
    ],
    de: [
      w(
        'Re: {subject}',
        `Hallo {name},\n\nvielen Dank für Ihre Nachricht. Wir haben sie erhalten und einer unserer Mitarbeiter wird so schnell wie möglich antworten.\n\nTicket-ID: {ticket}\nFür Ergänzungen antworten Sie bitte auf diese E-Mail und lassen die Ticket-ID im Betreff.\n\nFreundliche Grüße\n{company} Support`,
      ),
    ],
    es: [
      w(
        'Re: {subject}',
        `Hola {name}:\n\nGracias por contactarnos. Hemos recibido su mensaje y uno de nuestros agentes le responderá lo antes posible.\n\nID del ticket: {ticket}\nPara añadir información, responda a este correo sin cambiar el asunto.\n\nSaludos,\nSoporte de {company}`,
      ),
    ],
    pt: [
      w(
        'Re: {subject}',
        `Olá {name},\n\nobrigado por nos contatar. Recebemos sua mensagem e um de nossos agentes responderá o mais breve possível.\n\nID do ticket: {ticket}\nPara adicionar informações, responda a este e-mail mantendo o assunto.\n\nAtenciosamente,\nSuporte {company}`,
      ),
    ],
  },
}
