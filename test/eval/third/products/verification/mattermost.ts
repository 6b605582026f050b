// Mattermost: "Email Verification" and the welcome mail of a new account (i18n
// api.templates.verify_subject / welcome_subject).
import { w, type Product } from '../../types.ts'

export const mattermost: Product = {
  product: 'Mattermost',
  family: 'verification',
  source:
    'mattermost/mattermost server/i18n/*.json "api.templates.verify_subject", "api.templates.welcome_subject", "api.templates.verify_body.*"',
  locals: ['noreply', 'chat', 'mattermost'],
  texts: {
    en: [
      w(
        `[{company}] Email Verification`,
        `You've joined {company}
Please verify your email address by clicking below.

Verify Email ( https://chat.{site}/do_verify_email?token={token} )

This email address was used to create an account with Mattermost. If it was not you, you can safely ignore this email.

© 2026 Mattermost, Inc.`,
      ),
      w(
        `[{company}] You joined chat.{site}`,
        `Welcome to the team
{name}, you've joined {company}. Please verify your email address by clicking below: https://chat.{site}/do_verify_email?token={token}`,
      ),
    ],
    de: [
      w(
        `[{company}] E-Mail-Bestätigung`,
        `Sie sind {company} beigetreten
Bitte bestätigen Sie Ihre E-Mail-Adresse, indem Sie unten klicken.

E-Mail bestätigen ( https://chat.{site}/do_verify_email?token={token} )

Diese E-Mail-Adresse wurde genutzt, um ein Mattermost-Konto zu erstellen. Falls Sie das nicht waren, können Sie diese E-Mail ignorieren.`,
      ),
    ],
    fr: [
      w(
        `[{company}] Vérification de l'adresse e-mail`,
        `Vous avez rejoint {company}
Veuillez vérifier votre adresse e-mail en cliquant ci-dessous.

Vérifier l'adresse e-mail ( https://chat.{site}/do_verify_email?token={token} )`,
      ),
    ],
    nl: [
      w(
        `[{company}] E-mailverificatie`,
        `Je bent lid geworden van {company}
Verifieer je e-mailadres door hieronder te klikken.

E-mail verifiëren ( https://chat.{site}/do_verify_email?token={token} )`,
      ),
    ],
    es: [
      w(
        `[{company}] Verificación de correo electrónico`,
        `Te has unido a {company}
Por favor verifica tu dirección de correo haciendo clic abajo.

Verificar correo ( https://chat.{site}/do_verify_email?token={token} )`,
      ),
    ],
    pt: [
      w(
        `[{company}] Verificação de E-mail`,
        `Você entrou em {company}
Por favor verifique seu endereço de e-mail clicando abaixo.

Verificar E-mail ( https://chat.{site}/do_verify_email?token={token} )`,
      ),
    ],
    it: [
      w(
        `[{company}] Verifica email`,
        `Sei entrato in {company}
Verifica il tuo indirizzo email facendo clic qui sotto.

Verifica email ( https://chat.{site}/do_verify_email?token={token} )`,
      ),
    ],
  },
}
