// Password recovery and login codes of identity platforms: Stytch, FusionAuth, Ory Kratos and
// authentik, each with its default template.
import { w, type Product } from '../../types.ts'

export const stytchReset: Product = {
  product: 'Stytch',
  family: 'reset',
  source:
    'Stytch docs, "Email templates" (default password reset and login magic link / OTP templates)',
  hosted: 'login@stytch.com',
  texts: {
    en: [
      w(
        `Reset your {company} password`,
        `Reset your password

Click the button below to reset the password for your {company} account. This link expires in 30 minutes.

Reset password

If you didn't request a password reset, you can safely ignore this email.`,
      ),
      w(
        `Your {company} verification code`,
        `Your {company} verification code is

{code}

This code expires in 10 minutes. If you didn't request it, you can ignore this email.`,
      ),
    ],
  },
}

export const fusionauth: Product = {
  product: 'FusionAuth',
  family: 'reset',
  source: 'FusionAuth default email templates "Forgot Password" and "Passwordless Login"',
  locals: ['no-reply', 'auth', 'login'],
  texts: {
    en: [
      w(
        `Reset your password`,
        `To change your password click on the following link.

https://auth.{site}/password/change/{token}?tenantId=

- FusionAuth Admin`,
      ),
      w(
        `Log into {company}`,
        `You have requested to log into {company} using this email address. If you do not recognize this request please ignore this email.

https://auth.{site}/oauth2/passwordless/{token}

- FusionAuth Admin`,
      ),
    ],
    de: [
      w(
        `Passwort zurücksetzen`,
        `Um Ihr Passwort zu ändern, klicken Sie auf den folgenden Link.

https://auth.{site}/password/change/{token}

- FusionAuth Admin`,
      ),
    ],
    fr: [
      w(
        `Réinitialiser votre mot de passe`,
        `Pour changer votre mot de passe, cliquez sur le lien suivant.

https://auth.{site}/password/change/{token}`,
      ),
    ],
  },
}

export const oryKratos: Product = {
  product: 'Ory Kratos',
  family: 'reset',
  source:
    'ory/kratos courier/template/courier/builtin/templates (recovery_code/valid, login_code/valid)',
  hosted: 'no-reply@{slug}.projects.oryapis.com',
  texts: {
    en: [
      w(
        `Recover access to your account`,
        `Hi,

please recover access to your account by entering the following code:

{code}

If you did not request this, please ignore this email.`,
      ),
      w(
        `Login to your account`,
        `Hi,

please login to your account by entering the following code:

{code}`,
      ),
    ],
    de: [
      w(
        `Zugang zu deinem Konto wiederherstellen`,
        `Hallo,

bitte stelle den Zugang zu deinem Konto wieder her, indem du folgenden Code eingibst:

{code}`,
      ),
    ],
  },
}

export const authentikRecovery: Product = {
  product: 'authentik',
  family: 'reset',
  source:
    'goauthentik/authentik authentik/stages/email/templates/email/password_reset.html (default subject "authentik")',
  locals: ['authentik', 'sso'],
  texts: {
    en: [
      w(
        `authentik`,
        `Hi {name},

You recently requested to change your password for your authentik account. Use the button below to set a new password.

Reset Password
https://sso.{site}/if/flow/default-recovery-flow/?flow_token={token}

If you did not request a password change, please ignore this email. The link above is valid for 30 minutes.`,
      ),
    ],
    nl: [
      w(
        `{company}`,
        `Hoi {name},

Je hebt onlangs gevraagd om het wachtwoord van je account te wijzigen. Gebruik de knop hieronder om een nieuw wachtwoord in te stellen.

Wachtwoord opnieuw instellen
https://sso.{site}/if/flow/default-recovery-flow/?flow_token={token}`,
      ),
    ],
    de: [
      w(
        `{company} Passwort-Reset`,
        `Hallo {name},

Sie haben kürzlich angefordert, das Passwort Ihres Kontos zu ändern. Verwenden Sie die Schaltfläche unten, um ein neues Passwort zu setzen.

Passwort zurücksetzen`,
      ),
    ],
  },
}
