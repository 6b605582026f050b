// Appwrite: the password recovery mail and the email OTP sign-in code of Appwrite Auth.
// source: appwrite/appwrite app/config/locale/translations/<lang>.json keys "emails.recovery.*"
// and "emails.otpSession.*" (reconstructed, not copied).
import type { Product } from './product.ts'

export const APPWRITE_RECOVERY: Product = {
  product: 'Appwrite',
  family: 'reset',
  source: 'appwrite/appwrite locale translations, emails.recovery.* and emails.otpSession.*',
  locals: ['noreply', 'auth'],
  subdomains: ['', 'auth.', 'mail.'],
  hosted: () => 'noreply@appwrite.io',
  link: (c, token) =>
    `https://${c.domain}/reset-password?userId=${token.slice(0, 8)}&secret=${token}`,
  texts: {
    en: [
      {
        subject: 'Password Reset for {company}',
        body: 'Hello {name},\n\nFollow this link to reset your {company} password.\n{link}\n\nIf you didn’t ask to reset your password, you can ignore this message.\n\nThanks,\n{company} team',
      },
      {
        subject: 'OTP for {company} Login',
        body: 'Hello {name},\n\nEnter the following verification code when prompted to securely sign in to your {company} account. This code will expire in 15 minutes.\n\n{code}\n\nIf you did not request this code, you can safely ignore this email.',
      },
    ],
    de: [
      {
        subject: 'Passwort zurücksetzen für {company}',
        body: 'Hallo {name},\n\nfolge diesem Link, um dein Passwort für {company} zurückzusetzen.\n{link}\n\nWenn du das nicht angefordert hast, kannst du diese Nachricht ignorieren.\n\nDanke,\nDein {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Réinitialisation du mot de passe pour {company}',
        body: 'Bonjour {name},\n\nSuivez ce lien pour réinitialiser votre mot de passe {company}.\n{link}\n\nSi vous n’avez pas demandé cette réinitialisation, ignorez ce message.\n\nMerci,\nL’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Restablecimiento de contraseña para {company}',
        body: 'Hola {name}:\n\nSigue este enlace para restablecer tu contraseña de {company}.\n{link}\n\nSi no pediste restablecer tu contraseña, puedes ignorar este mensaje.\n\nGracias,\nEl equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Redefinição de senha para {company}',
        body: 'Olá {name},\n\nSiga este link para redefinir a sua senha de {company}.\n{link}\n\nSe não pediu a redefinição, pode ignorar esta mensagem.\n\nObrigado,\nEquipa {company}',
      },
    ],
    it: [
      {
        subject: 'Reimpostazione password per {company}',
        body: 'Ciao {name},\n\nsegui questo link per reimpostare la tua password di {company}.\n{link}\n\nSe non hai chiesto di reimpostare la password, puoi ignorare questo messaggio.\n\nGrazie,\nIl team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Wachtwoordherstel voor {company}',
        body: 'Hallo {name},\n\nVolg deze link om je wachtwoord voor {company} opnieuw in te stellen.\n{link}\n\nHeb je hier niet om gevraagd? Dan kun je dit bericht negeren.\n\nBedankt,\nHet {company}-team',
      },
    ],
  },
}
