import { w, type Product } from '../types.ts'

// Deskpro user email "New ticket confirmation" (Admin > Tickets > Email Templates, user
// templates); Deskpro documentation "Ticket email templates".
export const deskpro: Product = {
  product: 'Deskpro',
  family: 'helpdesk',
  source: 'Deskpro docs, user email template "New ticket confirmation"',
  ticket: '@@@@-####-@@@@',
  hosted: 'support@{slug}.deskpro.com',
  texts: {
    en: [
      w(
        '[#{ticket}] {subject}',
        `Hi {name},\n\nYour ticket has been received. Our team will respond as soon as possible.\n\nTicket reference: {ticket}\nSubject: {subject}\n\nYou can view your ticket and reply online: https://{slug}.deskpro.com/tickets/{ticket}\n\n{company} Helpdesk`,
      ),
    ],
    de: [
      w(
        '[#{ticket}] {subject}',
        `Hallo {name},\n\nIhr Ticket ist bei uns eingegangen. Unser Team wird sich so schnell wie möglich melden.\n\nTicket-Referenz: {ticket}\nBetreff: {subject}\n\nSie können Ihr Ticket online ansehen und beantworten: https://{slug}.deskpro.com/tickets/{ticket}\n\n{company} Helpdesk`,
      ),
    ],
    fr: [
      w(
        '[#{ticket}] {subject}',
        `Bonjour {name},\n\nVotre ticket a bien été reçu. Notre équipe vous répondra dès que possible.\n\nRéférence du ticket : {ticket}\nObjet : {subject}\n\nConsultez et répondez à votre ticket en ligne : https://{slug}.deskpro.com/tickets/{ticket}\n\nHelpdesk {company}`,
      ),
    ],
  },
}
