import { w, type Product } from '../types.ts'

// Nextcloud lost-password mail (core/Controller/LostController, email template "core.ResetPassword",
// subject "%s password reset"), translated through Transifex (l10n/<lang>.json).
export const nextcloudReset: Product = {
  product: 'Nextcloud',
  family: 'reset',
  source: 'github.com/nextcloud/server core/Controller/LostController.php, core/l10n',
  texts: {
    en: [
      w(
        '{company} password reset',
        `Password reset\n\nClick the following button to reset your password. If you have not requested the password reset, then ignore this email.\n\nReset your password: https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – a safe home for all your data`,
      ),
    ],
    de: [
      w(
        '{company}-Passwort zurücksetzen',
        `Passwort zurücksetzen\n\nKlicke auf die folgende Schaltfläche, um dein Passwort zurückzusetzen. Falls du kein Zurücksetzen angefordert hast, ignoriere diese E-Mail.\n\nPasswort zurücksetzen: https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – ein sicherer Ort für all deine Daten`,
      ),
    ],
    fr: [
      w(
        'Réinitialisation de votre mot de passe {company}',
        `Réinitialisation du mot de passe\n\nCliquez sur le bouton suivant pour réinitialiser votre mot de passe. Si vous n’avez pas demandé cette réinitialisation, ignorez ce courriel.\n\nRéinitialiser votre mot de passe : https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – un lieu sûr pour toutes vos données`,
      ),
    ],
    es: [
      w(
        'Restablecer contraseña de {company}',
        `Restablecer contraseña\n\nHaga clic en el siguiente botón para restablecer su contraseña. Si no ha solicitado restablecerla, ignore este correo.\n\nRestablecer su contraseña: https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – un lugar seguro para todos sus datos`,
      ),
    ],
    pt: [
      w(
        'Redefinição de senha do {company}',
        `Redefinição de senha\n\nClique no botão a seguir para redefinir sua senha. Se você não solicitou a redefinição, ignore este e-mail.\n\nRedefinir sua senha: https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – um lugar seguro para todos os seus dados`,
      ),
    ],
    it: [
      w(
        'Ripristino password di {company}',
        `Ripristino password\n\nFai clic sul pulsante seguente per ripristinare la password. Se non hai richiesto il ripristino, ignora questa email.\n\nRipristina la tua password: https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – un posto sicuro per tutti i tuoi dati`,
      ),
    ],
    nl: [
      w(
        '{company} wachtwoord herstellen',
        `Wachtwoord herstellen\n\nKlik op de volgende knop om je wachtwoord te herstellen. Heb je geen wachtwoordherstel aangevraagd, negeer deze e-mail dan.\n\nWachtwoord herstellen: https://cloud.{site}/index.php/lostpassword/reset/form/{token}/{name}\n\n--\n{company} – een veilige plek voor al je gegevens`,
      ),
    ],
  },
}
