// Devise (MIT): reset_password_instructions mail ("Reset password instructions", "Someone has
// requested a link to change your password.") and devise-i18n.
import type { Product } from '../types.ts'

export const deviseReset: Product = {
  family: 'reset',
  product: 'Devise reset',
  source: 'heartcombo/devise app/views/devise/mailer/reset_password_instructions; devise-i18n',
  senders: [{ shape: 'own', local: 'no-reply', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Reset password instructions',
        body: "Hello {email}!\n\nSomeone has requested a link to change your password. You can do this through the link below.\n\nChange my password\n\nIf you didn't request this, please ignore this email.\nYour password won't change until you access the link above and create a new one.",
      },
    ],
    de: [
      {
        subject: 'Anleitung zum Zurücksetzen Ihres Passworts',
        body: 'Hallo {email}!\n\nJemand hat einen Link zum Ändern Ihres Passworts angefordert. Sie können dies über den folgenden Link tun.\n\nPasswort ändern',
      },
    ],
    fr: [
      {
        subject: 'Instructions pour changer le mot de passe',
        body: 'Bonjour {email} !\n\nQuelqu’un a demandé un lien pour changer votre mot de passe. Vous pouvez le faire via le lien ci-dessous.\n\nChanger mon mot de passe',
      },
    ],
    es: [
      {
        subject: 'Instrucciones de recuperación de contraseña',
        body: '¡Hola {email}!\n\nAlguien ha solicitado un enlace para cambiar tu contraseña. Puedes hacerlo a través del siguiente enlace.\n\nCambiar mi contraseña',
      },
    ],
    pt: [
      {
        subject: 'Instruções de troca de senha',
        body: 'Olá {email}!\n\nAlguém solicitou um link para alterar sua senha. Você pode fazer isso através do link abaixo.\n\nAlterar minha senha',
      },
    ],
    it: [
      {
        subject: 'Istruzioni per reimpostare la password',
        body: 'Ciao {email}!\n\nQualcuno ha richiesto un link per cambiare la tua password. Puoi farlo tramite il link qui sotto.\n\nCambia la mia password',
      },
    ],
    nl: [
      {
        subject: 'Wachtwoord resetten instructies',
        body: 'Hallo {email}!\n\nIemand heeft een link aangevraagd om je wachtwoord te wijzigen. Dat kan via de onderstaande link.\n\nWijzig mijn wachtwoord',
      },
    ],
  },
}
