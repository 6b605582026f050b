// Clerk: the reset-password code and the sign-in code (email code strategy), same senders as
// Clerk's verification mail.
// source: Clerk dashboard email templates "Reset password code" ("{{otp_code}} is your reset
// password code") and "Verification code" used at sign-in; localisation as apps do it.
import type { Product } from './product.ts'

export const CLERK_CODES: Product = {
  product: 'Clerk',
  family: 'reset',
  source: 'Clerk dashboard email templates "Reset password code" and sign-in "Verification code"',
  locals: ['notifications', 'accounts'],
  subdomains: ['clkmail.', 'accounts.'],
  hosted: () => 'notifications@accounts.dev',
  texts: {
    en: [
      {
        subject: '{code} is your reset password code',
        body: '{company}\n\nReset password code\n\nEnter the following code to reset your password:\n\n{code}\n\nThis code expires in 10 minutes. If you didn’t request a password reset, you can ignore this email; your password stays the same.',
      },
      {
        subject: '{code} is your sign in code',
        body: '{company}\n\nSign in to {company}\n\nUse this code to finish signing in as {email}:\n\n{code}\n\nDo not share this code with anyone.',
      },
    ],
    de: [
      {
        subject: '{code} ist dein Code zum Zurücksetzen des Passworts',
        body: '{company}\n\nPasswort zurücksetzen\n\nGib diesen Code ein, um dein Passwort zurückzusetzen:\n\n{code}\n\nDer Code läuft in 10 Minuten ab. Hast du kein neues Passwort angefordert, ignoriere diese E-Mail; dein Passwort bleibt unverändert.',
      },
    ],
    fr: [
      {
        subject: '{code} est votre code de réinitialisation du mot de passe',
        body: '{company}\n\nRéinitialisation du mot de passe\n\nSaisissez le code suivant pour réinitialiser votre mot de passe :\n\n{code}\n\nCe code expire dans 10 minutes. Si vous n’avez rien demandé, ignorez cet e-mail ; votre mot de passe reste inchangé.',
      },
    ],
    es: [
      {
        subject: '{code} es tu código para restablecer la contraseña',
        body: '{company}\n\nRestablecer contraseña\n\nIntroduce el siguiente código para restablecer tu contraseña:\n\n{code}\n\nEl código caduca en 10 minutos. Si no lo has pedido, ignora este correo; tu contraseña no cambia.',
      },
    ],
    pt: [
      {
        subject: '{code} é o seu código para redefinir a senha',
        body: '{company}\n\nRedefinir senha\n\nDigite o código abaixo para redefinir sua senha:\n\n{code}\n\nO código expira em 10 minutos. Se você não pediu a redefinição, ignore este e-mail; sua senha continua a mesma.',
      },
    ],
    it: [
      {
        subject: '{code} è il tuo codice per reimpostare la password',
        body: '{company}\n\nReimposta la password\n\nInserisci il seguente codice per reimpostare la password:\n\n{code}\n\nIl codice scade tra 10 minuti. Se non hai richiesto il ripristino, ignora questa email: la password resta invariata.',
      },
    ],
    nl: [
      {
        subject: '{code} is je code om je wachtwoord te resetten',
        body: '{company}\n\nWachtwoord resetten\n\nVoer de volgende code in om je wachtwoord te resetten:\n\n{code}\n\nDe code verloopt over 10 minuten. Heb je niets aangevraagd? Negeer deze e-mail dan; je wachtwoord blijft hetzelfde.',
      },
    ],
  },
}
