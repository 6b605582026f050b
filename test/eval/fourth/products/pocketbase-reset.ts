// PocketBase: the default password reset and one-time password templates of an auth collection.
// source: pocketbase/pocketbase core/collection_model_auth_templates.go, default "Reset your
// {APP_NAME} password" and "OTP for {APP_NAME}" templates (reconstructed); apps translate them.
import type { Product } from './product.ts'

export const POCKETBASE_RESET: Product = {
  product: 'PocketBase',
  family: 'reset',
  source: 'pocketbase/pocketbase default password reset and OTP templates',
  locals: ['noreply', 'support'],
  code: '########',
  link: (c, token) => `https://${c.domain}/_/#/auth/confirm-password-reset/${token}`,
  texts: {
    en: [
      {
        subject: 'Reset your {company} password',
        body: 'Hello,\n\nClick on the button below to reset your password.\n\nReset password ( {link} )\n\nIf you didn’t ask to reset your password, you can ignore this email.\n\nThanks,\n{company} team',
      },
      {
        subject: 'OTP for {company}',
        body: 'Hello,\n\nYour one-time password is: {code}\n\nIf you didn’t ask for the one-time password, you can ignore this email.\n\nThanks,\n{company} team',
      },
    ],
    de: [
      {
        subject: 'Passwort für {company} zurücksetzen',
        body: 'Hallo,\n\nklicke auf die Schaltfläche unten, um dein Passwort zurückzusetzen.\n\nPasswort zurücksetzen ( {link} )\n\nWenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren.\n\nDanke,\ndein {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Réinitialisez votre mot de passe {company}',
        body: 'Bonjour,\n\nCliquez sur le bouton ci-dessous pour réinitialiser votre mot de passe.\n\nRéinitialiser ( {link} )\n\nSi vous n’avez rien demandé, ignorez cet e-mail.\n\nMerci,\nL’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Restablece tu contraseña de {company}',
        body: 'Hola:\n\nHaz clic en el botón de abajo para restablecer tu contraseña.\n\nRestablecer contraseña ( {link} )\n\nSi no lo pediste, puedes ignorar este correo.\n\nGracias,\nEl equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Redefina sua senha da {company}',
        body: 'Olá,\n\nClique no botão abaixo para redefinir sua senha.\n\nRedefinir senha ( {link} )\n\nSe você não pediu isso, ignore este e-mail.\n\nObrigado,\nEquipe {company}',
      },
    ],
    it: [
      {
        subject: 'Reimposta la password di {company}',
        body: 'Ciao,\n\nfai clic sul pulsante qui sotto per reimpostare la password.\n\nReimposta password ( {link} )\n\nSe non l’hai chiesto, ignora questa email.\n\nGrazie,\nIl team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Stel je wachtwoord voor {company} opnieuw in',
        body: 'Hallo,\n\nKlik op de knop hieronder om je wachtwoord opnieuw in te stellen.\n\nWachtwoord resetten ( {link} )\n\nHeb je dit niet gevraagd? Negeer deze e-mail dan.\n\nBedankt,\nHet {company}-team',
      },
    ],
  },
}
