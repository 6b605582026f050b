// Nextcloud: the lost-password mail of a Nextcloud server ("%s password reset").
// source: nextcloud/server core/Controller/LostController.php (subject "%s password reset",
// heading "Reset your password", "Click the following button to reset your password. If you
// have not requested the password reset, then ignore this email.") and its Transifex
// translations (reconstructed).
import type { Product } from './product.ts'

export const NEXTCLOUD_RESET: Product = {
  product: 'Nextcloud',
  family: 'reset',
  source: 'nextcloud/server core/Controller/LostController.php lost-password email',
  locals: ['nextcloud', 'cloud', 'noreply'],
  subdomains: ['cloud.', 'files.', ''],
  link: (c, token) =>
    `https://cloud.${c.domain}/index.php/lostpassword/reset/form/${token}/user${token.length}`,
  texts: {
    en: [
      {
        subject: '{company} Cloud password reset',
        body: 'Reset your password\n\nClick the following button to reset your password. If you have not requested the password reset, then ignore this email.\n\nReset your password ( {link} )\n\n{company} Cloud – a safe home for all your data',
      },
    ],
    de: [
      {
        subject: '{company} Cloud Passwort zurücksetzen',
        body: 'Passwort zurücksetzen\n\nKlicke auf die folgende Schaltfläche, um dein Passwort zurückzusetzen. Falls du das nicht angefordert hast, ignoriere diese E-Mail.\n\nPasswort zurücksetzen ( {link} )\n\n{company} Cloud – ein sicherer Ort für all deine Daten',
      },
    ],
    fr: [
      {
        subject: 'Réinitialisation de votre mot de passe {company} Cloud',
        body: 'Réinitialisez votre mot de passe\n\nCliquez sur le bouton suivant pour réinitialiser votre mot de passe. Si vous n’avez pas demandé cette réinitialisation, ignorez cet e-mail.\n\nRéinitialiser votre mot de passe ( {link} )\n\n{company} Cloud – un lieu sûr pour toutes vos données',
      },
    ],
    es: [
      {
        subject: 'Restablecimiento de contraseña de {company} Cloud',
        body: 'Restablece tu contraseña\n\nHaz clic en el siguiente botón para restablecer tu contraseña. Si no lo has solicitado, ignora este correo.\n\nRestablecer tu contraseña ( {link} )\n\n{company} Cloud – un lugar seguro para todos tus datos',
      },
    ],
    pt: [
      {
        subject: 'Redefinição da senha de {company} Cloud',
        body: 'Redefina a sua senha\n\nClique no botão seguinte para redefinir a senha. Se não pediu a redefinição, ignore este e-mail.\n\nRedefinir a senha ( {link} )\n\n{company} Cloud – um lugar seguro para todos os seus dados',
      },
    ],
    it: [
      {
        subject: 'Ripristino della password di {company} Cloud',
        body: 'Ripristina la tua password\n\nFai clic sul pulsante seguente per ripristinare la password. Se non hai richiesto il ripristino, ignora questa email.\n\nRipristina la password ( {link} )\n\n{company} Cloud – un posto sicuro per tutti i tuoi dati',
      },
    ],
    nl: [
      {
        subject: '{company} Cloud wachtwoord herstellen',
        body: 'Herstel je wachtwoord\n\nKlik op de volgende knop om je wachtwoord te herstellen. Als je geen herstel hebt aangevraagd, negeer deze e-mail dan.\n\nWachtwoord herstellen ( {link} )\n\n{company} Cloud – een veilige plek voor al je gegevens',
      },
    ],
  },
}
