import { w, type Product } from '../types.ts'

// Re:amaze automatic reply for new conversations (Settings > Auto Replies); Re:amaze help center.
export const reamaze: Product = {
  product: 'Re:amaze',
  family: 'helpdesk',
  source: 'Re:amaze help center, auto replies for new conversations',
  hosted: '{slug}@reamaze.io',
  texts: {
    en: [
      w(
        'Re: {subject}',
        `Hi {name},\n\nWe've received your message and a member of our team will be in touch shortly. In the meantime you might find an answer in our help center: https://{slug}.reamaze.com/kb\n\nThanks,\n{company}\n\n---\nReply above this line or view this conversation online.`,
      ),
    ],
  },
}
