// Laravel (MIT): the VerifyEmail notification, "Verify Email Address" / "Please click the button
// below to verify your email address.", and the laravel-lang translations of those lines.
import type { Product } from '../types.ts'

export const laravel: Product = {
  family: 'verification',
  product: 'Laravel',
  source: 'laravel/framework Illuminate/Auth/Notifications/VerifyEmail.php; laravel-lang/lang',
  senders: [
    { shape: 'own', local: 'hello', name: '{company}' },
    { shape: 'own', local: 'noreply', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Verify Email Address',
        body: 'Hello!\n\nPlease click the button below to verify your email address.\n\nVerify Email Address\n\nIf you did not create an account, no further action is required.\n\nRegards,\n{company}',
      },
    ],
    de: [
      {
        subject: 'E-Mail-Adresse bestätigen',
        body: 'Hallo!\n\nBitte klicken Sie auf die Schaltfläche unten, um Ihre E-Mail-Adresse zu bestätigen.\n\nE-Mail-Adresse bestätigen\n\nWenn Sie kein Konto erstellt haben, sind keine weiteren Handlungen nötig.\n\nMit freundlichen Grüßen\n{company}',
      },
    ],
    fr: [
      {
        subject: 'Vérification de l’adresse e-mail',
        body: 'Bonjour !\n\nVeuillez cliquer sur le bouton ci-dessous pour vérifier votre adresse e-mail.\n\nVérifier l’adresse e-mail\n\nSi vous n’avez pas créé de compte, vous pouvez ignorer ce message.\n\nCordialement,\n{company}',
      },
    ],
    es: [
      {
        subject: 'Confirme su correo electrónico',
        body: '¡Hola!\n\nPor favor, pulse el siguiente botón para confirmar su correo electrónico.\n\nConfirmar correo electrónico\n\nSi no ha creado ninguna cuenta, puede ignorar o eliminar este mensaje.\n\nSaludos,\n{company}',
      },
    ],
    pt: [
      {
        subject: 'Verifique o endereço de e-mail',
        body: 'Olá!\n\nPor favor, clique no botão abaixo para verificar seu endereço de e-mail.\n\nVerificar endereço de e-mail\n\nSe você não criou uma conta, nenhuma ação adicional é necessária.\n\nAtenciosamente,\n{company}',
      },
    ],
    it: [
      {
        subject: 'Verifica indirizzo email',
        body: 'Ciao!\n\nPer favore clicca sul pulsante qui sotto per verificare il tuo indirizzo email.\n\nVerifica indirizzo email\n\nSe non hai creato un account, non è richiesta alcuna azione.\n\nSaluti,\n{company}',
      },
    ],
    nl: [
      {
        subject: 'Verifieer e-mailadres',
        body: 'Hallo!\n\nKlik op de knop hieronder om je e-mailadres te verifiëren.\n\nVerifieer e-mailadres\n\nAls je geen account hebt aangemaakt, hoef je verder niets te doen.\n\nMet vriendelijke groet,\n{company}',
      },
    ],
  },
}
