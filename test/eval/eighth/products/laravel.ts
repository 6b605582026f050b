// Laravel: Illuminate\Auth\Notifications\ResetPassword, subject "Reset Password Notification",
// lines "You are receiving this email because we received a password reset request for your
// account.", action "Reset Password", "This password reset link will expire in 60 minutes.",
// signed "Regards, <app>". source: Laravel framework default notification and the community
// lang files (laravel-lang) for the other languages, written from their meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const LARAVEL_RESET: Product = {
  product: 'Laravel',
  family: 'reset',
  source: 'Laravel ResetPassword notification (default lines)',
  echo: 'none',
  display: (c) => c.name,
  texts: fromTable({
    en: [
      'Reset Password Notification',
      'Hello!\n\nYou are receiving this email because we received a password reset request for your account.\n\nReset Password: {link}\n\nThis password reset link will expire in 60 minutes.\n\nIf you did not request a password reset, no further action is required.\n\nRegards,\n{company}',
    ],
    de: [
      'Benachrichtigung zum Zurücksetzen des Passworts',
      'Hallo!\n\nSie erhalten diese E-Mail, weil wir eine Anfrage zum Zurücksetzen des Passworts für Ihr Konto erhalten haben.\n\nPasswort zurücksetzen: {link}\n\nDieser Link läuft in 60 Minuten ab.\n\nWenn Sie kein Zurücksetzen angefordert haben, sind keine weiteren Schritte nötig.\n\nMit freundlichen Grüßen\n{company}',
    ],
    fr: [
      'Notification de réinitialisation du mot de passe',
      "Bonjour !\n\nVous recevez cet e-mail car nous avons reçu une demande de réinitialisation du mot de passe de votre compte.\n\nRéinitialiser le mot de passe : {link}\n\nCe lien expirera dans 60 minutes.\n\nSi vous n'avez pas demandé de réinitialisation, aucune action n'est requise.\n\nCordialement,\n{company}",
    ],
    es: [
      'Notificación de restablecimiento de contraseña',
      '¡Hola!\n\nRecibe este correo porque hemos recibido una solicitud de restablecimiento de contraseña para su cuenta.\n\nRestablecer contraseña: {link}\n\nEste enlace caducará en 60 minutos.\n\nSi no solicitó el restablecimiento, no es necesario hacer nada.\n\nSaludos,\n{company}',
    ],
    pt: [
      'Notificação de redefinição de senha',
      'Olá!\n\nVocê está recebendo este e-mail porque recebemos um pedido de redefinição de senha para a sua conta.\n\nRedefinir senha: {link}\n\nEste link expira em 60 minutos.\n\nSe você não pediu a redefinição, nenhuma ação é necessária.\n\nAtenciosamente,\n{company}',
    ],
    it: [
      'Notifica di reimpostazione della password',
      'Salve!\n\nRicevi questa email perché abbiamo ricevuto una richiesta di reimpostazione della password per il tuo account.\n\nReimposta password: {link}\n\nQuesto link scadrà tra 60 minuti.\n\nSe non hai richiesto la reimpostazione, non è necessaria alcuna azione.\n\nCordiali saluti,\n{company}',
    ],
    nl: [
      'Wachtwoordherstel melding',
      'Hallo!\n\nU ontvangt deze e-mail omdat we een verzoek hebben ontvangen om het wachtwoord van uw account te herstellen.\n\nWachtwoord herstellen: {link}\n\nDeze link verloopt over 60 minuten.\n\nAls u geen wachtwoordherstel heeft aangevraagd, hoeft u verder niets te doen.\n\nMet vriendelijke groet,\n{company}',
    ],
  }),
}
