// Creator newsletter tools with a one-screen default confirmation: Flodesk, SendFox and Drip.
import { w, type Product } from '../../types.ts'

export const flodesk: Product = {
  product: 'Flodesk',
  family: 'subscription',
  source: 'Flodesk help, "Double opt-in" (default confirm-subscription email)',
  locals: ['hello', 'studio'],
  texts: {
    en: [
      w(
        `one more step ✿ confirm your subscription`,
        `Hi {name}!

Please confirm you'd like to hear from {company} by tapping the button below.

CONFIRM

xo,
{company}`,
      ),
    ],
  },
}

export const sendfox: Product = {
  product: 'SendFox',
  family: 'subscription',
  source: 'SendFox help, "Confirmation email" (default double opt-in text)',
  hosted: '{slug}@sendfox.email',
  texts: {
    en: [
      w(
        `Please confirm your email`,
        `Hey!

Please confirm your subscription to {company} by clicking the link below:

https://sendfox.com/confirm/{token}

Thanks!`,
      ),
    ],
  },
}

export const drip: Product = {
  product: 'Drip',
  family: 'subscription',
  source: 'Drip help, "Double opt-in confirmation email" (default template)',
  hosted: '{slug}@drip.email',
  texts: {
    en: [
      w(
        `Confirm your subscription to {company}`,
        `Hi there,

Please confirm your subscription by clicking the link below:

Confirm my subscription

If you did not sign up, you can ignore this email and you won't receive anything else from us.`,
      ),
    ],
  },
}
