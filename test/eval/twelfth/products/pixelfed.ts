// Pixelfed: the email confirmation sent after sign-up (Laravel markdown mail: a heading, a line
// asking to confirm the address, a button, "Thanks," and the instance name). It does not name the
// person. Written from memory of the English default view (`emails/confirm_email`); Pixelfed's
// other languages are translated by its community, these renderings are written for this set.
import type { Product } from '../product.ts'

export const PIXELFED: Product = {
  product: 'Pixelfed',
  family: 'verification',
  source: 'Pixelfed emails/confirm_email (English default), translations written for this set',
  hosted: (c) => `${c.name} <noreply@${c.slug}.pixelfed-host.net>`,
  texts: {
    en: (m) => ({
      subject: 'Confirm Email',
      body: `# Email Confirmation\n\nPlease confirm your email address.\n\n[Confirm Email](${m.link})\n\nThanks,\n${m.company.name}\n\nIf you're having trouble clicking the "Confirm Email" button, copy and paste the URL below into your web browser: ${m.link}`,
    }),
    de: (m) => ({
      subject: 'E-Mail bestätigen',
      body: `# E-Mail-Bestätigung\n\nBitte bestätige deine E-Mail-Adresse.\n\n[E-Mail bestätigen](${m.link})\n\nDanke,\n${m.company.name}`,
    }),
    fr: (m) => ({
      subject: "Confirmer l'e-mail",
      body: `# Confirmation de l'adresse e-mail\n\nVeuillez confirmer votre adresse e-mail.\n\n[Confirmer l'e-mail](${m.link})\n\nMerci,\n${m.company.name}`,
    }),
    es: (m) => ({
      subject: 'Confirmar correo',
      body: `# Confirmación de correo electrónico\n\nPor favor, confirma tu dirección de correo electrónico.\n\n[Confirmar correo](${m.link})\n\nGracias,\n${m.company.name}`,
    }),
    pt: (m) => ({
      subject: 'Confirmar e-mail',
      body: `# Confirmação de e-mail\n\nPor favor, confirme seu endereço de e-mail.\n\n[Confirmar e-mail](${m.link})\n\nObrigado,\n${m.company.name}`,
    }),
    it: (m) => ({
      subject: 'Conferma email',
      body: `# Conferma dell'email\n\nConferma il tuo indirizzo email.\n\n[Conferma email](${m.link})\n\nGrazie,\n${m.company.name}`,
    }),
    nl: (m) => ({
      subject: 'E-mail bevestigen',
      body: `# E-mailbevestiging\n\nBevestig je e-mailadres.\n\n[E-mail bevestigen](${m.link})\n\nBedankt,\n${m.company.name}`,
    }),
  },
}
