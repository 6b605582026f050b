// Front: a shared-inbox auto-reply rule ("We received your message"), the short wording Front's
// rule examples suggest, sent from the team address.
import type { Product } from '../types.ts'

export const front: Product = {
  family: 'helpdesk',
  product: 'Front',
  source: 'Front help centre: auto-reply rule example',
  senders: [
    { shape: 'own', local: 'team', name: '{company} Team' },
    { shape: 'own', local: 'contact', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'We received your message: {payload}',
        body: 'Hello,\n\nWe received your message and someone from the {company} team will get back to you shortly. For reference, here is what you sent us:\n\n> {payload}\n\nThanks,\nThe {company} Team',
      },
    ],
  },
}
