// Rocket.Chat: the forgot-password mail (Forgot_Password_Email_Subject / Forgot_Password_Email).
import { w, type Product } from '../../types.ts'

export const rocketchatReset: Product = {
  product: 'Rocket.Chat',
  family: 'reset',
  source:
    'RocketChat/Rocket.Chat packages/i18n/src/locales/*.i18n.json (Forgot_Password_Email_Subject, Forgot_Password_Email)',
  locals: ['no-reply', 'chat'],
  texts: {
    en: [
      w(
        `[{company}] - Password Recovery`,
        `Click here to reset your password.
https://chat.{site}/reset-password/{token}

If you didn't request a password reset, please ignore this email.`,
      ),
    ],
    pt: [
      w(
        `[{company}] - Recuperação de senha`,
        `Clique aqui para redefinir sua senha.
https://chat.{site}/reset-password/{token}`,
      ),
    ],
    es: [
      w(
        `[{company}] - Recuperación de contraseña`,
        `Haz clic aquí para restablecer tu contraseña.
https://chat.{site}/reset-password/{token}`,
      ),
    ],
  },
}
