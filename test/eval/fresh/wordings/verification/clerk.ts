import { w, type Product } from '../types.ts'

// Clerk default email template "Verification code" (Dashboard > Customization > Emails); Clerk
// docs "Email templates". Localised texts as Clerk's localization resources render them.
export const clerkVerify: Product = {
  product: 'Clerk',
  family: 'verification',
  source: 'Clerk docs, Customization > Emails, default "Verification code" template',
  texts: {
    en: [
      w(
        '{code} is your verification code',
        `{company}\n\nVerification code\n\nEnter the following verification code when prompted:\n\n{code}\n\nTo protect your account, do not share this code.\n\nDidn't request this? This code was requested from an account sign-up at {site}. If you didn't make this request, you can safely ignore this email.`,
      ),
    ],
    fr: [
      w(
        '{code} est votre code de vérification',
        `{company}\n\nCode de vérification\n\nSaisissez le code de vérification suivant lorsque vous y êtes invité :\n\n{code}\n\nPour protéger votre compte, ne partagez pas ce code.\n\nVous n’avez rien demandé ? Ce code a été demandé lors d’une inscription sur {site}. Vous pouvez ignorer cet e-mail.`,
      ),
    ],
  },
}
