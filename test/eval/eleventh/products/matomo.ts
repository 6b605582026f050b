// Matomo: the lost-password confirmation ("Confirm password change"), which Matomo sends before
// the new password takes effect. Source: Matomo plugins/Login lang files
// (Login_MailTopicPasswordChange, Login_MailPasswordChangeBody2), translations after Matomo's
// Weblate files where known, otherwise a site's own.
import type { Product } from '../product.ts'

export const MATOMO: Product = {
  product: 'Matomo',
  family: 'reset',
  source: 'Matomo Login plugin Login_MailTopicPasswordChange / Login_MailPasswordChangeBody2',
  hosted: (c) => `noreply@${c.slug}.matomo.cloud`,
  ownLocal: 'noreply',
  texts: {
    en: {
      subject: 'Confirm password change',
      body: 'Hi {name},\n\nA request was made to change your password for {site}. To confirm this change so you can log in with your new password, visit the following link:\n\n{link}\n\nNote: this token will expire in 24 hours.\n\nIf you did not request a password change, please ignore this email.\n\nMatomo',
    },
    de: {
      subject: 'Passwortänderung bestätigen',
      body: 'Hallo {name},\n\nes wurde eine Änderung Ihres Passworts für {site} angefordert. Um die Änderung zu bestätigen und sich mit dem neuen Passwort anzumelden, öffnen Sie folgenden Link:\n\n{link}\n\nHinweis: Dieser Token läuft in 24 Stunden ab.\n\nFalls Sie keine Änderung angefordert haben, ignorieren Sie diese E-Mail bitte.\n\nMatomo',
    },
    fr: {
      subject: 'Confirmer le changement de mot de passe',
      body: "Bonjour {name},\n\nUne demande de changement de votre mot de passe pour {site} a été faite. Pour confirmer ce changement et vous connecter avec votre nouveau mot de passe, ouvrez le lien suivant :\n\n{link}\n\nRemarque : ce jeton expire dans 24 heures.\n\nSi vous n'avez rien demandé, ignorez cet e-mail.\n\nMatomo",
    },
    es: {
      subject: 'Confirmar el cambio de contraseña',
      body: 'Hola {name}:\n\nSe ha solicitado cambiar tu contraseña de {site}. Para confirmar el cambio e iniciar sesión con la nueva contraseña, visita el siguiente enlace:\n\n{link}\n\nNota: este token caduca en 24 horas.\n\nSi no pediste el cambio, ignora este correo.\n\nMatomo',
    },
    pt: {
      subject: 'Confirmar alteração da palavra-passe',
      body: 'Olá {name},\n\nFoi pedida a alteração da sua palavra-passe para {site}. Para confirmar a alteração e iniciar sessão com a nova palavra-passe, abra a ligação seguinte:\n\n{link}\n\nNota: este token expira em 24 horas.\n\nSe não pediu a alteração, ignore este e-mail.\n\nMatomo',
    },
    it: {
      subject: 'Conferma il cambio password',
      body: 'Ciao {name},\n\nè stata richiesta la modifica della tua password per {site}. Per confermarla e accedere con la nuova password, visita il link seguente:\n\n{link}\n\nNota: questo token scade tra 24 ore.\n\nSe non hai richiesto la modifica, ignora questa email.\n\nMatomo',
    },
    nl: {
      subject: 'Wachtwoordwijziging bevestigen',
      body: 'Hallo {name},\n\nEr is gevraagd je wachtwoord voor {site} te wijzigen. Open de volgende link om de wijziging te bevestigen en met je nieuwe wachtwoord in te loggen:\n\n{link}\n\nLet op: dit token verloopt over 24 uur.\n\nHeb je niets aangevraagd, negeer deze e-mail dan.\n\nMatomo',
    },
  },
}
