// authentik: the email stage with the default "account_confirmation" template; the stage's
// default subject is just "authentik" unless the admin changes it.
import { w, type Product } from '../../types.ts'

export const authentik: Product = {
  product: 'authentik',
  family: 'verification',
  source:
    'goauthentik/authentik authentik/stages/email/templates/email/account_confirmation.html, stage default subject "authentik"',
  locals: ['authentik', 'noreply', 'sso'],
  texts: {
    en: [
      w(
        `authentik`,
        `Welcome!

We're excited to have you get started. First, you need to confirm your account. Just press the button below.

Confirm Account
https://sso.{site}/if/flow/default-enrollment-flow/?flow_token={token}

If that doesn't work, copy and paste the link into your browser.

Powered by authentik.`,
      ),
      w(
        `{company} account confirmation`,
        `Welcome!

We're excited to have you get started. First, you need to confirm your account.
Confirm Account: https://sso.{site}/if/flow/enroll/?flow_token={token}`,
      ),
    ],
    de: [
      w(
        `authentik`,
        `Willkommen!

Wir freuen uns, dass Sie loslegen möchten. Zuerst müssen Sie Ihr Konto bestätigen. Klicken Sie einfach auf die Schaltfläche unten.

Konto bestätigen
https://sso.{site}/if/flow/default-enrollment-flow/?flow_token={token}`,
      ),
    ],
    fr: [
      w(
        `{company}`,
        `Bienvenue !

Nous sommes ravis de vous compter parmi nous. Vous devez d'abord confirmer votre compte : cliquez sur le bouton ci-dessous.

Confirmer le compte
https://sso.{site}/if/flow/default-enrollment-flow/?flow_token={token}`,
      ),
    ],
  },
}
