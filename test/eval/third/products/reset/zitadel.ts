// ZITADEL: the default "PasswordReset" and "VerifyEmailOTP" message texts.
import { w, type Product } from '../../types.ts'

export const zitadelReset: Product = {
  product: 'ZITADEL',
  family: 'reset',
  source:
    'zitadel/zitadel internal/notification/static/i18n/*.yaml (PasswordReset, VerifyEmailOTP)',
  hosted: 'noreply@{slug}.zitadel.cloud',
  texts: {
    en: [
      w(
        `Reset password`,
        `Reset password

Hello {name},

We received a password reset request. Please use the button below to reset your password. (Code {code}) If you didn't ask for this mail, please ignore it.

Reset password`,
      ),
      w(
        `Verify One-Time Password`,
        `Hello {name},

Please use the one-time password {code} to authenticate within the next five minutes or click the "Authenticate" button. If you didn't ask for this, please ignore this email.`,
      ),
    ],
    de: [
      w(
        `Passwort zurücksetzen`,
        `Hallo {name},

Wir haben eine Anfrage für das Zurücksetzen deines Passwortes bekommen. Du kannst den untenstehenden Button verwenden, um dein Passwort zurückzusetzen. (Code {code}) Falls du diese Mail nicht angefordert hast, kannst du sie ignorieren.`,
      ),
    ],
    fr: [
      w(
        `Réinitialiser le mot de passe`,
        `Bonjour {name},

Nous avons reçu une demande de réinitialisation du mot de passe. Veuillez utiliser le bouton ci-dessous pour réinitialiser votre mot de passe. (Code {code}) Si vous n'avez pas demandé ce courriel, veuillez l'ignorer.`,
      ),
    ],
    it: [
      w(
        `Reimposta password`,
        `Ciao {name},

abbiamo ricevuto una richiesta di reimpostazione della password. Usa il pulsante qui sotto per reimpostarla. (Codice {code}) Se non hai chiesto questa email, ignorala.`,
      ),
    ],
    es: [
      w(
        `Restablecer contraseña`,
        `Hola {name},

Hemos recibido una solicitud para restablecer la contraseña. Usa el botón de abajo para restablecerla. (Código {code}) Si no la pediste, ignora este correo.`,
      ),
    ],
    pt: [
      w(
        `Redefinir palavra-passe`,
        `Olá {name},

Recebemos um pedido de redefinição da palavra-passe. Usa o botão abaixo para a redefinir. (Código {code}) Se não pediste este e-mail, ignora-o.`,
      ),
    ],
    nl: [
      w(
        `Wachtwoord resetten`,
        `Hallo {name},

We hebben een verzoek ontvangen om je wachtwoord te resetten. Gebruik de knop hieronder om je wachtwoord te resetten. (Code {code}) Als je deze e-mail niet hebt aangevraagd, negeer hem dan.`,
      ),
    ],
  },
}
