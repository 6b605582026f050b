import { w, type Product } from '../types.ts'

// Buttondown confirmation email for double opt-in newsletters (default text, editable under
// Settings > Subscribing); Buttondown docs "Confirmation emails".
export const buttondown: Product = {
  product: 'Buttondown',
  family: 'subscription',
  source: 'Buttondown docs, default subscriber confirmation email',
  hosted: '{slug}@buttondown.email',
  texts: {
    en: [
      w(
        'Confirm your subscription to {company}',
        `Hey there!\n\nSomeone (hopefully you!) subscribed {email} to {company}. If this was you, click the link below to confirm your subscription:\n\nhttps://buttondown.com/{slug}/confirm/{token}\n\nIf this wasn't you, no worries — you won't hear from us again.`,
      ),
    ],
  },
}
