// Craft CMS: the system messages `account_activation` and `forgot_password`, greeting the user
// by the friendly name they typed. source: Craft's default system message texts ("Thanks for
// creating an account with <site>! To activate your account, click the following link",
// "To reset your <site> password, click on this link"); translations follow Craft's bundled
// translations where known, else reconstructed.
import type { Product } from '../product.ts'

const own = ['{co} <no-reply@{domain}>', '{co} <website@{domain}>', 'no-reply@{domain}']

export const CRAFT_ACTIVATE: Product = {
  product: 'Craft CMS',
  family: 'verification',
  source: 'Craft CMS system message account_activation',
  echo: 'name',
  own,
  texts: {
    en: {
      subject: 'Activate your account',
      body: 'Hey {name},\n\nThanks for creating an account with {co}! To activate your account, click the following link:\n\n{url}\n\nIf you were not expecting this email, just ignore it.',
    },
    de: {
      subject: 'Aktivieren Sie Ihr Konto',
      body: 'Hallo {name},\n\ndanke, dass Sie ein Konto bei {co} angelegt haben! Um Ihr Konto zu aktivieren, klicken Sie auf den folgenden Link:\n\n{url}\n\nFalls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie einfach.',
    },
    fr: {
      subject: 'Activez votre compte',
      body: "Bonjour {name},\n\nMerci d'avoir créé un compte sur {co} ! Pour activer votre compte, cliquez sur le lien suivant :\n\n{url}\n\nSi vous n'attendiez pas cet e-mail, ignorez-le.",
    },
    es: {
      subject: 'Activa tu cuenta',
      body: 'Hola, {name}:\n\n¡Gracias por crear una cuenta en {co}! Para activar tu cuenta, haz clic en el siguiente enlace:\n\n{url}\n\nSi no esperabas este correo, ignóralo.',
    },
    pt: {
      subject: 'Ative a sua conta',
      body: 'Olá {name},\n\nObrigado por criar uma conta em {co}! Para ativar a sua conta, clique na seguinte ligação:\n\n{url}\n\nSe não estava à espera deste e-mail, ignore-o.',
    },
    it: {
      subject: 'Attiva il tuo account',
      body: 'Ciao {name},\n\ngrazie per aver creato un account su {co}! Per attivare il tuo account, clicca sul link seguente:\n\n{url}\n\nSe non ti aspettavi questa email, ignorala.',
    },
    nl: {
      subject: 'Activeer je account',
      body: 'Hoi {name},\n\nBedankt voor het aanmaken van een account bij {co}! Klik op de volgende link om je account te activeren:\n\n{url}\n\nVerwachtte je deze e-mail niet? Negeer hem dan.',
    },
  },
}

export const CRAFT_RESET: Product = {
  product: 'Craft CMS',
  family: 'reset',
  source: 'Craft CMS system message forgot_password',
  echo: 'name',
  own,
  texts: {
    en: {
      subject: 'Reset your password',
      body: 'Hey {name},\n\nTo reset your {co} password, click on this link:\n\n{url}\n\nIf you were not expecting this email, just ignore it.',
    },
    de: {
      subject: 'Passwort zurücksetzen',
      body: 'Hallo {name},\n\num Ihr Passwort für {co} zurückzusetzen, klicken Sie auf diesen Link:\n\n{url}\n\nFalls Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie einfach.',
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe',
      body: "Bonjour {name},\n\nPour réinitialiser votre mot de passe {co}, cliquez sur ce lien :\n\n{url}\n\nSi vous n'attendiez pas cet e-mail, ignorez-le.",
    },
    es: {
      subject: 'Restablece tu contraseña',
      body: 'Hola, {name}:\n\nPara restablecer tu contraseña de {co}, haz clic en este enlace:\n\n{url}\n\nSi no esperabas este correo, ignóralo.',
    },
    pt: {
      subject: 'Redefina a sua palavra-passe',
      body: 'Olá {name},\n\nPara redefinir a sua palavra-passe de {co}, clique nesta ligação:\n\n{url}\n\nSe não estava à espera deste e-mail, ignore-o.',
    },
    it: {
      subject: 'Reimposta la password',
      body: 'Ciao {name},\n\nper reimpostare la tua password di {co}, clicca su questo link:\n\n{url}\n\nSe non ti aspettavi questa email, ignorala.',
    },
    nl: {
      subject: 'Stel je wachtwoord opnieuw in',
      body: 'Hoi {name},\n\nKlik op deze link om je wachtwoord voor {co} opnieuw in te stellen:\n\n{url}\n\nVerwachtte je deze e-mail niet? Negeer hem dan.',
    },
  },
}
