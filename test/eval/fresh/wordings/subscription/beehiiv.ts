import { w, type Product } from '../types.ts'

// beehiiv double opt-in email (Settings > Publication > Double opt-in, default copy); sent from
// the publication's @mail.beehiiv.com address unless a custom domain is set up.
export const beehiiv: Product = {
  product: 'beehiiv',
  family: 'subscription',
  source: 'beehiiv knowledge base, double opt-in email default copy',
  hosted: '{slug}@mail.beehiiv.com',
  texts: {
    en: [
      w(
        'Confirm your subscription to {company}',
        `Hi there,\n\nPlease confirm your email address to start receiving {company}.\n\nConfirm subscription: https://{slug}.beehiiv.com/subscribe/confirm?token={token}\n\nIf you didn't sign up, you can ignore this email and you won't be subscribed.`,
      ),
    ],
  },
}
