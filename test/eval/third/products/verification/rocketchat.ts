// Rocket.Chat: "Verification_Email" and the registration welcome (packages/i18n).
import { w, type Product } from '../../types.ts'

export const rocketchat: Product = {
  product: 'Rocket.Chat',
  family: 'verification',
  source:
    'RocketChat/Rocket.Chat packages/i18n/src/locales/*.i18n.json (Verification_Email_Subject, Verification_Email)',
  locals: ['no-reply', 'chat'],
  texts: {
    en: [
      w(
        `[{company}] - Email address verification`,
        `Hey!

Click here to verify your email address.
https://chat.{site}/#/verify-email/{token}

If you did not create an account, please ignore this message.`,
      ),
    ],
    pt: [
      w(
        `[{company}] - Verificação de endereço de e-mail`,
        `Olá!

Clique aqui para verificar seu endereço de e-mail.
https://chat.{site}/#/verify-email/{token}

Se você não criou uma conta, ignore esta mensagem.`,
      ),
    ],
    es: [
      w(
        `[{company}] - Verificación de la dirección de correo electrónico`,
        `¡Hola!

Haz clic aquí para verificar tu dirección de correo electrónico.
https://chat.{site}/#/verify-email/{token}`,
      ),
    ],
    de: [
      w(
        `[{company}] - Bestätigung der E-Mail-Adresse`,
        `Hallo!

Klicken Sie hier, um Ihre E-Mail-Adresse zu bestätigen.
https://chat.{site}/#/verify-email/{token}`,
      ),
    ],
    it: [
      w(
        `[{company}] - Verifica indirizzo email`,
        `Ciao!

Fai clic qui per verificare il tuo indirizzo email.
https://chat.{site}/#/verify-email/{token}`,
      ),
    ],
  },
}
