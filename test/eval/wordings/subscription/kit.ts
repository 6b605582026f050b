// Kit (formerly ConvertKit): the default incentive email of a form ("Confirm your
// subscription" / "Just one more step... click the button below to confirm").
import type { Product } from '../types.ts'

export const kit: Product = {
  family: 'subscription',
  product: 'Kit (ConvertKit)',
  source: 'Kit help "Incentive emails": default confirmation email',
  senders: [{ shape: 'own', local: 'hi', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Confirm your subscription',
        body: "Hey,\n\nThanks for signing up! Just one more step: click the button below to confirm your subscription.\n\nConfirm your subscription\n\nIf you don't want to subscribe, you can ignore this email.",
      },
    ],
  },
}
