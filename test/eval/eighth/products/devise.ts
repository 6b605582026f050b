// Devise (Rails): reset_password_instructions, subject "Reset password instructions", "Hello
// <email>! Someone has requested a link to change your password. You can do this through the link
// below." source: Devise's default view and config/locales/devise.en.yml; the other languages
// follow the devise-i18n community translations, written from their meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const DEVISE_RESET: Product = {
  product: 'Devise',
  family: 'reset',
  source: 'Devise reset_password_instructions view and devise-i18n subjects',
  echo: 'none',
  display: (c) => c.name,
  texts: fromTable({
    en: [
      'Reset password instructions',
      "Hello {email}!\n\nSomeone has requested a link to change your password. You can do this through the link below.\n\nChange my password: {link}\n\nIf you didn't request this, please ignore this email.\n\nYour password won't change until you access the link above and create a new one.",
    ],
    de: [
      'Anleitung zum Zurücksetzen Ihres Passworts',
      'Hallo {email}!\n\nJemand hat einen Link zum Ändern Ihres Passworts angefordert. Sie können dies über den folgenden Link tun.\n\nPasswort ändern: {link}\n\nWenn Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.\n\nIhr Passwort ändert sich erst, wenn Sie den Link öffnen und ein neues festlegen.',
    ],
    fr: [
      'Instructions pour changer le mot de passe',
      "Bonjour {email} !\n\nQuelqu'un a demandé un lien pour changer votre mot de passe. Vous pouvez le faire avec le lien ci-dessous.\n\nChanger mon mot de passe : {link}\n\nSi vous n'avez pas fait cette demande, ignorez cet e-mail.\n\nVotre mot de passe ne changera pas tant que vous n'aurez pas suivi le lien et choisi un nouveau mot de passe.",
    ],
    es: [
      'Instrucciones para restablecer su contraseña',
      '¡Hola {email}!\n\nAlguien ha solicitado un enlace para cambiar su contraseña. Puede hacerlo mediante el siguiente enlace.\n\nCambiar mi contraseña: {link}\n\nSi no lo ha solicitado, ignore este correo.\n\nSu contraseña no cambiará hasta que acceda al enlace y cree una nueva.',
    ],
    pt: [
      'Instruções para redefinir a sua palavra-passe',
      'Olá {email}!\n\nAlguém pediu um link para alterar a sua palavra-passe. Pode fazê-lo através do link abaixo.\n\nAlterar a minha palavra-passe: {link}\n\nSe não fez este pedido, ignore este e-mail.\n\nA sua palavra-passe não muda até abrir o link e criar uma nova.',
    ],
    it: [
      'Istruzioni per reimpostare la password',
      "Ciao {email}!\n\nQualcuno ha richiesto un link per cambiare la tua password. Puoi farlo tramite il link qui sotto.\n\nCambia la mia password: {link}\n\nSe non l'hai richiesto, ignora questa email.\n\nLa tua password non cambierà finché non apri il link e ne crei una nuova.",
    ],
    nl: [
      'Instructies om je wachtwoord opnieuw in te stellen',
      'Hallo {email}!\n\nIemand heeft een link aangevraagd om je wachtwoord te wijzigen. Dat kan via de onderstaande link.\n\nMijn wachtwoord wijzigen: {link}\n\nAls je dit niet hebt aangevraagd, negeer deze e-mail dan.\n\nJe wachtwoord verandert pas als je de link opent en een nieuw wachtwoord kiest.',
    ],
  }),
}
