// Stytch: the default email-verification (magic link sign-up) template.
import { w, type Product } from '../../types.ts'

export const stytchSignup: Product = {
  product: 'Stytch',
  family: 'verification',
  source: 'Stytch docs, "Email templates" (default Signup magic link template)',
  hosted: 'login@stytch.com',
  texts: {
    en: [
      w(
        `Your {company} sign up link`,
        `Sign up to {company}

Click the button below to finish creating your account. This link expires in 60 minutes.

Sign up
https://{site}/authenticate?token={token}

If you didn't try to create an account, you can safely ignore this email.`,
      ),
    ],
  },
}
