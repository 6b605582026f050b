// Laravel (MIT): the ResetPassword notification ("Reset Password Notification", "You are
// receiving this email because we received a password reset request for your account.") and the
// laravel-lang translations.
import type { Product } from '../types.ts'

export const laravelReset: Product = {
  family: 'reset',
  product: 'Laravel reset',
  source: 'laravel/framework Illuminate/Auth/Notifications/ResetPassword.php; laravel-lang/lang',
  senders: [{ shape: 'own', local: 'noreply', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Reset Password Notification',
        body: 'Hello!\n\nYou are receiving this email because we received a password reset request for your account.\n\nReset Password\n\nThis password reset link will expire in 60 minutes.\n\nIf you did not request a password reset, no further action is required.\n\nRegards,\n{company}',
      },
    ],
    de: [
      {
        subject: 'Benachrichtigung zum Zurücksetzen des Passworts',
        body: 'Hallo!\n\nSie erhalten diese E-Mail, weil wir eine Anfrage zum Zurücksetzen des Passworts für Ihr Konto erhalten haben.\n\nPasswort zurücksetzen\n\nDieser Link läuft in 60 Minuten ab.\n\nWenn Sie kein Zurücksetzen angefordert haben, sind keine weiteren Handlungen nötig.',
      },
    ],
    fr: [
      {
        subject: 'Notification de réinitialisation du mot de passe',
        body: 'Bonjour !\n\nVous recevez cet e-mail car nous avons reçu une demande de réinitialisation du mot de passe de votre compte.\n\nRéinitialiser le mot de passe\n\nCe lien expirera dans 60 minutes.',
      },
    ],
    es: [
      {
        subject: 'Notificación de restablecimiento de contraseña',
        body: '¡Hola!\n\nEstá recibiendo este correo porque hemos recibido una solicitud de restablecimiento de contraseña para su cuenta.\n\nRestablecer contraseña\n\nEste enlace caducará en 60 minutos.',
      },
    ],
    pt: [
      {
        subject: 'Notificação de redefinição de senha',
        body: 'Olá!\n\nVocê está recebendo este e-mail porque recebemos uma solicitação de redefinição de senha para sua conta.\n\nRedefinir senha\n\nEste link expira em 60 minutos.',
      },
    ],
    it: [
      {
        subject: 'Notifica di reimpostazione password',
        body: 'Ciao!\n\nHai ricevuto questa email perché abbiamo ricevuto una richiesta di reimpostazione della password per il tuo account.\n\nReimposta password\n\nIl link scadrà tra 60 minuti.',
      },
    ],
    nl: [
      {
        subject: 'Wachtwoord herstel notificatie',
        body: 'Hallo!\n\nJe ontvangt deze e-mail omdat we een wachtwoordherstelverzoek voor je account hebben ontvangen.\n\nWachtwoord herstellen\n\nDeze link verloopt over 60 minuten.',
      },
    ],
  },
}
