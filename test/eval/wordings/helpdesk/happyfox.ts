// HappyFox: the "Ticket created" acknowledgement to the contact, with its ticket number format
// (category prefix + digits), as HappyFox's smart rule / email template docs show it.
import type { Product } from '../types.ts'

export const happyfox: Product = {
  family: 'helpdesk',
  product: 'HappyFox',
  source: 'HappyFox support docs: default "Ticket created" contact notification',
  senders: [
    { shape: 'hosted', host: 'happyfox.com', local: 'support', name: '{company} Support' },
    { shape: 'own', local: 'care', name: '{company}' },
  ],
  id: (n) => `SUP${String(n % 100_000).padStart(8, '0')}`,
  texts: {
    en: [
      {
        subject: '[#{id}] {payload}',
        body: 'Hi {name},\n\nThank you for writing to us. Your ticket #{id} has been created and our team will respond to you shortly.\n\nYou can check the status of your ticket at {url}\n\nRegards,\n{company} Support',
      },
    ],
  },
}
