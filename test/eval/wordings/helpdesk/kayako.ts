// Kayako (Classic): the new-ticket autoresponder with the ticket mask "[#ABC-123-45678]" in the
// subject and the ticket properties listed below, as Kayako's template group "Default" sends it.
import type { Product } from '../types.ts'

export const kayako: Product = {
  family: 'helpdesk',
  product: 'Kayako',
  source: 'Kayako Classic template group "Default": email_ticketautoresponder',
  senders: [
    { shape: 'hosted', host: 'kayako.com', local: 'support', name: '{company}' },
    { shape: 'own', local: 'support', name: '{company} Support' },
  ],
  id: (n) =>
    `${String.fromCharCode(65 + (n % 26), 65 + ((n >> 3) % 26), 65 + ((n >> 5) % 26))}-${100 + (n % 900)}-${10_000 + (n % 89_999)}`,
  texts: {
    en: [
      {
        subject: '[#{id}]: {payload}',
        body: 'Thank you for contacting us. This is an automated response confirming the receipt of your ticket. Our team will get back to you as soon as possible. When replying, please make sure that the ticket ID is kept in the subject so that we can track your replies.\n\nTicket ID: {id}\nSubject: {payload}\nDepartment: General\nType: Issue\nStatus: Open\nPriority: Medium\n\n{company}',
      },
    ],
  },
}
