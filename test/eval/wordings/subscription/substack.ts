// Substack: the mail a reader gets after entering an address on a publication
// ("Confirm your subscription to <Publication>"), sent from the publication's substack.com address.
import type { Product } from '../types.ts'

export const substack: Product = {
  family: 'subscription',
  product: 'Substack',
  source: 'Substack reader help: subscription confirmation email',
  senders: [{ shape: 'hosted', host: 'substack.com', local: 'newsletter', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company}',
        body: "Confirm your subscription\n\nClick the button below to confirm your subscription to {company} and start receiving new posts.\n\nConfirm subscription\n\nIf you didn't sign up, you can ignore this email.",
      },
    ],
  },
}
