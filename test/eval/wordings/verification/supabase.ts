// Supabase Auth: the default "Confirm signup" template ("Confirm Your Signup" / "Follow this link
// to confirm your user"), sent through the project's SMTP from the app's own domain.
import type { Product } from '../types.ts'

export const supabase: Product = {
  family: 'verification',
  product: 'Supabase Auth',
  source: 'Supabase docs "Email templates": Confirm signup (default)',
  senders: [{ shape: 'own', local: 'noreply', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Confirm Your Signup',
        body: 'Confirm your signup\n\nFollow this link to confirm your user:\n\nConfirm your mail\n{url}',
      },
    ],
  },
}
