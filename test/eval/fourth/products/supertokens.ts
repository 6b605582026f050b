// SuperTokens: the password reset link of the email-password recipe and the passwordless
// magic link / OTP, sent by SuperTokens' default email service or the app's own SMTP.
// source: supertokens/supertokens-node recipe/emailpassword/emaildelivery/services/backwardCompatibility
// and recipe/passwordless default email ("Reset your password", "Login to your account"),
// reconstructed.
import type { Product } from './product.ts'

export const SUPERTOKENS: Product = {
  product: 'SuperTokens',
  family: 'reset',
  source: 'supertokens-node default emails (password reset, passwordless login)',
  locals: ['noreply', 'auth', 'security'],
  subdomains: ['', 'auth.'],
  hosted: () => 'noreply@supertokens.io',
  link: (c, token) => `https://${c.domain}/auth/reset-password?token=${token}&rid=emailpassword`,
  texts: {
    en: [
      {
        subject: 'Reset your password',
        body: 'Hello,\n\nWe received a request to reset the password for your account {email} at {company}. Click the link below to choose a new password:\n\n{link}\n\nThis link expires in 1 hour. If you did not request a reset, you can safely ignore this email.',
      },
      {
        subject: 'Login to your account',
        body: 'Hello,\n\nUse this code to sign in to {company}: {code}\n\nOr click the magic link: {link}\n\nThe code and link expire in 15 minutes.',
      },
    ],
    de: [
      {
        subject: 'Setze dein Passwort zurück',
        body: 'Hallo,\n\nwir haben eine Anfrage erhalten, das Passwort für dein Konto {email} bei {company} zurückzusetzen. Klicke auf den folgenden Link, um ein neues Passwort zu wählen:\n\n{link}\n\nDer Link ist 1 Stunde gültig. Wenn du nichts angefordert hast, ignoriere diese E-Mail.',
      },
    ],
    fr: [
      {
        subject: 'Réinitialisez votre mot de passe',
        body: 'Bonjour,\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre compte {email} sur {company}. Cliquez sur le lien ci-dessous pour en choisir un nouveau :\n\n{link}\n\nCe lien expire dans 1 heure. Si vous n’avez rien demandé, ignorez cet e-mail.',
      },
    ],
    es: [
      {
        subject: 'Restablece tu contraseña',
        body: 'Hola:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta {email} en {company}. Haz clic en el enlace para elegir una nueva:\n\n{link}\n\nEl enlace caduca en 1 hora. Si no lo has pedido, ignora este correo.',
      },
    ],
    pt: [
      {
        subject: 'Redefina sua senha',
        body: 'Olá,\n\nRecebemos um pedido para redefinir a senha da sua conta {email} na {company}. Clique no link abaixo para escolher uma nova senha:\n\n{link}\n\nO link expira em 1 hora. Se você não fez o pedido, ignore este e-mail.',
      },
    ],
    it: [
      {
        subject: 'Reimposta la tua password',
        body: 'Ciao,\n\nabbiamo ricevuto una richiesta di reimpostare la password del tuo account {email} su {company}. Fai clic sul link qui sotto per sceglierne una nuova:\n\n{link}\n\nIl link scade tra 1 ora. Se non l’hai richiesto, ignora questa email.',
      },
    ],
    nl: [
      {
        subject: 'Stel je wachtwoord opnieuw in',
        body: 'Hallo,\n\nWe hebben een verzoek ontvangen om het wachtwoord van je account {email} bij {company} opnieuw in te stellen. Klik op de link hieronder om een nieuw wachtwoord te kiezen:\n\n{link}\n\nDe link verloopt over 1 uur. Heb je niets aangevraagd? Negeer deze e-mail dan.',
      },
    ],
  },
}
