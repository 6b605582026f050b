// Zammad (open source, AGPL): the default trigger "auto reply (on new tickets)" shipped in its
// seeds, subject "Thanks for your inquiry (#{ticket.title})", and its German translation.
import type { Product } from '../types.ts'

export const zammad: Product = {
  family: 'helpdesk',
  product: 'Zammad',
  source: 'zammad/zammad db/seeds: trigger "auto reply (on new tickets)"',
  senders: [
    { shape: 'hosted', host: 'zammad.com', local: 'support', name: '{company} Support' },
    { shape: 'own', local: 'service', name: '{company}' },
  ],
  id: (n) => String(20_260_000 + (n % 99_999)),
  texts: {
    en: [
      {
        subject: 'Thanks for your inquiry ({payload})',
        body: 'Your request (Ticket#{id}) has been received and will be reviewed by our support staff.\n\nTo provide additional information, please reply to this email or click on the following link (for initial login, please request a new password):\n{url}\n\nYour {company} Team\n\nZammad, your customer support system',
      },
    ],
    de: [
      {
        subject: 'Vielen Dank für Ihre Anfrage ({payload})',
        body: 'Ihre Anfrage (Ticket#{id}) ist bei uns eingegangen und wird von unserem Support-Team bearbeitet.\n\nUm weitere Informationen zu übermitteln, antworten Sie bitte auf diese E-Mail oder öffnen Sie folgenden Link:\n{url}\n\nIhr {company} Team\n\nZammad, Ihr Kundensupport-System',
      },
    ],
    nl: [
      {
        subject: 'Bedankt voor uw aanvraag ({payload})',
        body: 'Uw aanvraag (Ticket#{id}) is ontvangen en wordt door ons supportteam behandeld.\n\nOm aanvullende informatie te geven kunt u op deze e-mail antwoorden of de volgende link openen:\n{url}\n\nUw {company} team',
      },
    ],
  },
}
