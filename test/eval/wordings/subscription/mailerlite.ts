// MailerLite: the default double opt-in email of its forms ("Please confirm your subscription"
// / "Yes, subscribe me to this list") and the translated form defaults.
import type { Product } from '../types.ts'

export const mailerlite: Product = {
  family: 'subscription',
  product: 'MailerLite',
  source: 'MailerLite knowledge base "Double opt-in": default confirmation email',
  senders: [{ shape: 'own', local: 'hello', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company}',
        body: "You're almost there!\n\nThanks for signing up. Please confirm your subscription by clicking the button below.\n\nYes, subscribe me to this list\n\nIf you did not sign up, you can safely ignore this email.",
      },
    ],
    de: [
      {
        subject: 'Bestätige dein Abonnement bei {company}',
        body: 'Fast geschafft!\n\nDanke für deine Anmeldung. Bitte bestätige dein Abonnement mit einem Klick auf den Button.\n\nJa, ich möchte mich anmelden',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je abonnement op {company}',
        body: 'Bijna klaar!\n\nBedankt voor je aanmelding. Bevestig je abonnement door op de knop te klikken.\n\nJa, schrijf me in',
      },
    ],
    pt: [
      {
        subject: 'Confirme sua assinatura de {company}',
        body: 'Quase lá!\n\nObrigado por se inscrever. Confirme sua assinatura clicando no botão abaixo.\n\nSim, quero me inscrever',
      },
    ],
  },
}
