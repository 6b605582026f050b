// Hand-written first mails of the subscription and reset families, one per language, each a
// company's own wording. A reset form takes only an address, so resets never carry the name.
import type { PerLang, Wording } from './types.ts'

export const HAND_SUBSCRIPTION: PerLang<Wording> = {
  en: {
    subject: 'Please confirm your subscription to the {company} newsletter',
    body: 'Hi {name},\n\nYou (or someone using your address) asked to get the {company} newsletter: new arrivals, offers and the odd story from our workshop.\n\nYes, subscribe me: {link}\n\nIf you didn’t ask for this, ignore this message and you won’t hear from us again.\n\n{company} · Unit 4, Mill Lane',
  },
  de: {
    subject: 'Nur noch ein Klick: Newsletter-Anmeldung bestätigen',
    body: 'Hallo {name},\n\nvielen Dank für Ihr Interesse am Newsletter von {company}. Um Ihre Anmeldung abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse:\n\n{link}\n\nOhne Bestätigung erhalten Sie keine weiteren E-Mails von uns (Double-Opt-In).\n\nIhr Team von {company}\nImpressum | Datenschutz',
  },
  fr: {
    subject: 'Confirmez votre inscription à notre lettre d’information',
    body: 'Bonjour {name},\n\nVous venez de vous inscrire à la lettre d’information de {company}. Merci de confirmer votre adresse en cliquant ici :\n{link}\n\nSans confirmation de votre part, votre inscription ne sera pas prise en compte.\n\nÀ très vite,\n{company}',
  },
  es: {
    subject: '{name}, confirma tu suscripción',
    body: '¡Gracias por suscribirte a la newsletter de {company}!\n\nPara empezar a recibir nuestras novedades y ofertas exclusivas, confirma tu suscripción:\n{link}\n\nSi no has sido tú, simplemente ignora este correo.\n\n{company} – Política de privacidad',
  },
  pt: {
    subject: 'Falta só confirmar a sua subscrição',
    body: 'Olá {name},\n\nPediu para receber a newsletter da {company}. Para ativar a subscrição, clique no botão abaixo:\n{link}\n\nSe não fez este pedido, não precisa de fazer nada.\n\nAté breve,\n{company}',
  },
  it: {
    subject: 'Conferma la tua iscrizione alla newsletter {company}',
    body: 'Ciao {name},\n\nabbiamo ricevuto la tua richiesta di iscrizione alla newsletter di {company}. Per attivarla clicca sul link qui sotto:\n{link}\n\nSe non hai richiesto l’iscrizione puoi ignorare questa e-mail.\n\nIl team {company}\nInformativa privacy',
  },
  nl: {
    subject: 'Bevestig je inschrijving voor de nieuwsbrief',
    body: 'Hallo {name},\n\nLeuk dat je je hebt ingeschreven voor de nieuwsbrief van {company}! Bevestig je e-mailadres via de knop hieronder, dan ben je helemaal klaar:\n\n{link}\n\nNiet aangemeld? Dan hoef je niets te doen.\n\nGroeten van {company}',
  },
}

export const HAND_RESET: PerLang<Wording> = {
  en: {
    subject: 'Reset your {company} password',
    body: 'We received a request to reset the password for the {company} account linked to {email}.\n\nChoose a new password here: {link}\n\nThis link expires in 60 minutes. If you didn’t request a reset, you can ignore this email – your password stays the same.\n\n{company} Account Team',
  },
  de: {
    subject: 'Passwort zurücksetzen',
    body: 'Hallo,\n\nfür Ihr Konto bei {company} wurde das Zurücksetzen des Passworts angefordert. Über den folgenden Link vergeben Sie ein neues Passwort:\n{link}\n\nDer Link ist 30 Minuten gültig. Falls Sie das nicht waren, ignorieren Sie diese E-Mail einfach.\n\nIhr {company}-Support',
  },
  fr: {
    subject: 'Réinitialisation de votre mot de passe {company}',
    body: 'Bonjour,\n\nUne demande de réinitialisation de mot de passe a été effectuée pour votre compte {company}.\n\nCliquez ici pour définir un nouveau mot de passe : {link}\n\nSi vous n’avez rien demandé, vous pouvez ignorer ce message en toute sécurité.\n\n{company}',
  },
  es: {
    subject: 'Restablece tu contraseña',
    body: 'Hola:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de {company}. Usa este código: {code}\n\nO pulsa el enlace: {link}\n\nSi no lo has solicitado tú, ignora este mensaje.\n\nSoporte {company}',
  },
  pt: {
    subject: 'Redefinição de palavra-passe',
    body: 'Olá,\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta {company}. Para escolher uma nova, utilize a ligação abaixo (válida durante 1 hora):\n{link}\n\nSe não pediu esta alteração, ignore este email.\n\nEquipa {company}',
  },
  it: {
    subject: '{company}: reimposta la password',
    body: 'Ciao,\n\nabbiamo ricevuto una richiesta di reimpostazione della password per l’account {email}.\n\nReimposta la password: {link}\n\nSe non sei stato tu, ignora questa e-mail: la password attuale resterà valida.\n\nIl team {company}',
  },
  nl: {
    subject: 'Wachtwoord vergeten?',
    body: 'Hallo,\n\nEr is gevraagd om het wachtwoord van je {company}-account opnieuw in te stellen. Kies een nieuw wachtwoord via deze link:\n{link}\n\nDe link is 2 uur geldig. Heb je dit niet aangevraagd? Dan blijft je wachtwoord ongewijzigd.\n\n{company}',
  },
}
