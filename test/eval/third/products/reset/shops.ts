// Shop systems' password recovery: OpenCart (mail/forgotten.php), BigCommerce (Reset Password
// Email) and Wix (site member password reset).
import { w, type Product } from '../../types.ts'

export const opencartReset: Product = {
  product: 'OpenCart',
  family: 'reset',
  source: 'opencart/opencart catalog/language/en-gb/mail/forgotten.php and language packs',
  locals: ['info', 'shop'],
  texts: {
    en: [
      w(
        `{company} - Password reset request`,
        `A new password was requested for {company} customer account.

To reset your password click on the link below:
https://shop.{site}/index.php?route=account/reset&code={token}

The IP used to make this request was: 203.0.113.77`,
      ),
    ],
    de: [
      w(
        `{company} - Anfrage zum Zurücksetzen des Passworts`,
        `Für das Kundenkonto bei {company} wurde ein neues Passwort angefordert.

Um das Passwort zurückzusetzen, klicken Sie auf den folgenden Link:
https://shop.{site}/index.php?route=account/reset&code={token}

Die IP-Adresse der Anfrage war: 203.0.113.77`,
      ),
    ],
    fr: [
      w(
        `{company} - Demande de réinitialisation du mot de passe`,
        `Un nouveau mot de passe a été demandé pour le compte client {company}.

Pour réinitialiser votre mot de passe, cliquez sur le lien ci-dessous :
https://shop.{site}/index.php?route=account/reset&code={token}`,
      ),
    ],
    es: [
      w(
        `{company} - Solicitud de restablecimiento de contraseña`,
        `Se ha solicitado una nueva contraseña para la cuenta de cliente de {company}.

Para restablecerla, haga clic en el enlace:
https://shop.{site}/index.php?route=account/reset&code={token}`,
      ),
    ],
    it: [
      w(
        `{company} - Richiesta di reimpostazione password`,
        `È stata richiesta una nuova password per l'account cliente di {company}.

Per reimpostare la password fai clic sul link:
https://shop.{site}/index.php?route=account/reset&code={token}`,
      ),
    ],
    pt: [
      w(
        `{company} - Pedido de redefinição de senha`,
        `Foi pedida uma nova senha para a conta de cliente {company}.

Para redefinir a senha clique na ligação:
https://shop.{site}/index.php?route=account/reset&code={token}`,
      ),
    ],
    nl: [
      w(
        `{company} - Verzoek om wachtwoord te herstellen`,
        `Er is een nieuw wachtwoord aangevraagd voor je klantaccount bij {company}.

Klik op de link om je wachtwoord te herstellen:
https://shop.{site}/index.php?route=account/reset&code={token}`,
      ),
    ],
  },
}

export const bigcommerceReset: Product = {
  product: 'BigCommerce',
  family: 'reset',
  source: 'BigCommerce help center, "Transactional Email Templates" (Reset Password Email)',
  locals: ['store', 'no-reply'],
  texts: {
    en: [
      w(
        `Reset your password at {company}`,
        `To change your customer account password at {company} please click this link or copy and paste it into your browser:

https://{site}/login.php?action=change_password&c={code}&t={token}`,
      ),
    ],
    es: [
      w(
        `Restablece tu contraseña en {company}`,
        `Para cambiar la contraseña de tu cuenta de cliente en {company}, haz clic en este enlace o cópialo en tu navegador:

https://{site}/login.php?action=change_password&c={code}&t={token}`,
      ),
    ],
  },
}

export const wixReset: Product = {
  product: 'Wix',
  family: 'reset',
  source: 'Wix Help Center, "Site Members: Password reset email" (default text)',
  hosted: 'no-reply@{slug}.wixsite-mail.com',
  texts: {
    en: [
      w(
        `Reset your password for {company}`,
        `{company}

Hi {name},
We received a request to reset the password for your account. To choose a new one, click below.

Reset Password

If you didn't request this, you can ignore this email.`,
      ),
    ],
    pt: [
      w(
        `Redefina sua senha de {company}`,
        `{company}

Olá {name},
Recebemos um pedido para redefinir a senha da sua conta. Para escolher uma nova, clique abaixo.

Redefinir senha`,
      ),
    ],
    fr: [
      w(
        `Réinitialisez votre mot de passe pour {company}`,
        `{company}

Bonjour {name},
Nous avons reçu une demande de réinitialisation du mot de passe de votre compte. Pour en choisir un nouveau, cliquez ci-dessous.

Réinitialiser le mot de passe`,
      ),
    ],
    it: [
      w(
        `Reimposta la tua password per {company}`,
        `{company}

Ciao {name},
abbiamo ricevuto una richiesta di reimpostazione della password del tuo account. Per sceglierne una nuova, clicca qui sotto.

Reimposta password`,
      ),
    ],
  },
}
