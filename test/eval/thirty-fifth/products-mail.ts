// Subscription and reset products of the thirty-fifth set, each text written from memory of the
// product's documented default notification, in our own words (nothing pasted).
import type { Product } from './types.ts'

// Sendlane: the double opt-in confirmation sent when a form is set to double opt-in ("Please
// confirm your subscription", one button). English shipped; others our rendering.
export const SENDLANE: Product = {
  family: 'subscription',
  product: 'Sendlane double opt-in',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Please confirm your subscription',
      body: 'Hi {greet},\nYou are almost on the {company} list. Click below to confirm your subscription:\n{link}\nIf you did not sign up, simply ignore this email and you will not be added.',
    },
    de: {
      subject: 'Bitte bestätige dein Abonnement',
      body: 'Hallo {greet},\nfast geschafft: Klicke unten, um dein Abonnement bei {company} zu bestätigen:\n{link}\nWenn du dich nicht angemeldet hast, ignoriere diese E-Mail; du wirst nicht eingetragen.',
    },
    fr: {
      subject: 'Merci de confirmer votre abonnement',
      body: 'Bonjour {greet},\nVous y êtes presque : cliquez ci-dessous pour confirmer votre abonnement à {company} :\n{link}\nSi vous ne vous êtes pas inscrit, ignorez ce message, vous ne serez pas ajouté.',
    },
    es: {
      subject: 'Confirma tu suscripción',
      body: 'Hola {greet}:\nYa casi estás en la lista de {company}. Haz clic abajo para confirmar tu suscripción:\n{link}\nSi no te suscribiste, ignora este correo y no se te añadirá.',
    },
    pt: {
      subject: 'Confirme a sua subscrição',
      body: 'Olá {greet},\nEstá quase na lista da {company}. Clique abaixo para confirmar a sua subscrição:\n{link}\nSe não se inscreveu, ignore este e-mail e não será adicionado.',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: 'Ciao {greet},\nmanca poco per entrare nella lista di {company}. Clicca qui sotto per confermare l’iscrizione:\n{link}\nSe non ti sei iscritto, ignora questa e-mail: non verrai aggiunto.',
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: 'Hoi {greet},\nJe staat bijna op de lijst van {company}. Klik hieronder om je inschrijving te bevestigen:\n{link}\nNiet aangemeld? Negeer deze e-mail, dan word je niet toegevoegd.',
    },
  },
}

// MailBluster: the double opt-in mail of its sign-up forms ("Confirm your subscription to
// <brand>", a confirm link, a note that nothing happens without it). English shipped; others ours.
export const MAILBLUSTER: Product = {
  family: 'subscription',
  product: 'MailBluster double opt-in',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Confirm your subscription to {company}',
      body: 'Thanks for subscribing to {company}! Please confirm your email address by clicking the link below.\n{link}\nYou will not receive any emails from us unless you confirm.',
    },
    de: {
      subject: 'Bestätigen Sie Ihr Abonnement bei {company}',
      body: 'Danke für Ihre Anmeldung bei {company}! Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link unten.\n{link}\nOhne Bestätigung erhalten Sie keine E-Mails von uns.',
    },
    fr: {
      subject: 'Confirmez votre abonnement à {company}',
      body: 'Merci de vous être abonné à {company} ! Veuillez confirmer votre adresse e-mail avec le lien ci-dessous.\n{link}\nSans confirmation, vous ne recevrez aucun e-mail de notre part.',
    },
    es: {
      subject: 'Confirma tu suscripción a {company}',
      body: '¡Gracias por suscribirte a {company}! Confirma tu dirección de correo con el enlace de abajo.\n{link}\nNo recibirás nuestros correos hasta que confirmes.',
    },
    pt: {
      subject: 'Confirme a sua subscrição da {company}',
      body: 'Obrigado por subscrever a {company}! Confirme o seu e-mail pela ligação abaixo.\n{link}\nNão receberá e-mails nossos sem confirmar.',
    },
    it: {
      subject: 'Conferma la tua iscrizione a {company}',
      body: 'Grazie per esserti iscritto a {company}! Conferma il tuo indirizzo e-mail con il link qui sotto.\n{link}\nSenza conferma non riceverai nessuna e-mail da noi.',
    },
    nl: {
      subject: 'Bevestig je abonnement op {company}',
      body: 'Bedankt voor je aanmelding bij {company}! Bevestig je e-mailadres via de link hieronder.\n{link}\nZonder bevestiging ontvang je geen e-mails van ons.',
    },
  },
}

// MemberPress: the "Password Reset" mail of its account pages (a reset link for the username,
// sent from the site). English shipped; the other languages our rendering.
export const MEMBERPRESS: Product = {
  family: 'reset',
  product: 'MemberPress password reset',
  sender: 'own',
  texts: {
    en: {
      subject: '[{company}] Password Reset',
      body: 'Someone requested to reset the password for the following account on {company}.\nUsername: {greet}\nIf this was a mistake, ignore this email and nothing will happen.\nTo reset your password, visit: {link}',
    },
    de: {
      subject: '[{company}] Passwort zurücksetzen',
      body: 'Jemand hat angefordert, das Passwort für folgendes Konto bei {company} zurückzusetzen.\nBenutzername: {greet}\nWar das ein Versehen, ignorieren Sie diese E-Mail.\nZum Zurücksetzen: {link}',
    },
    fr: {
      subject: '[{company}] Réinitialisation du mot de passe',
      body: 'Quelqu’un a demandé la réinitialisation du mot de passe de ce compte sur {company}.\nIdentifiant : {greet}\nS’il s’agit d’une erreur, ignorez cet e-mail.\nPour réinitialiser : {link}',
    },
    es: {
      subject: '[{company}] Restablecer contraseña',
      body: 'Alguien ha solicitado restablecer la contraseña de esta cuenta en {company}.\nUsuario: {greet}\nSi ha sido un error, ignora este correo y no pasará nada.\nPara restablecerla: {link}',
    },
    pt: {
      subject: '[{company}] Redefinição de senha',
      body: 'Alguém pediu para redefinir a senha da seguinte conta na {company}.\nUtilizador: {greet}\nSe foi engano, ignore este e-mail.\nPara redefinir: {link}',
    },
    it: {
      subject: '[{company}] Reimpostazione password',
      body: 'Qualcuno ha chiesto di reimpostare la password del seguente account su {company}.\nNome utente: {greet}\nSe è un errore, ignora questa e-mail.\nPer reimpostarla: {link}',
    },
    nl: {
      subject: '[{company}] Wachtwoord opnieuw instellen',
      body: 'Iemand heeft gevraagd het wachtwoord van dit account bij {company} opnieuw in te stellen.\nGebruikersnaam: {greet}\nWas dit een vergissing? Negeer deze e-mail.\nOpnieuw instellen: {link}',
    },
  },
}

// LifterLMS: the "Reset Your Password" student notification (greeting, a reset link valid for a
// short time, the site name). English shipped; the other languages our rendering.
export const LIFTERLMS: Product = {
  family: 'reset',
  product: 'LifterLMS reset your password',
  sender: 'display',
  texts: {
    en: {
      subject: 'Reset Your Password for {company}',
      body: 'Hello {greet},\nWe received a request to reset your password at {company}. Click the button below to choose a new one.\n{link}\nIf you did not make this request, you can safely ignore this message.',
    },
    de: {
      subject: 'Setze dein Passwort für {company} zurück',
      body: 'Hallo {greet},\nwir haben eine Anfrage erhalten, dein Passwort bei {company} zurückzusetzen. Klicke auf den Button, um ein neues zu wählen.\n{link}\nHast du das nicht angefragt, kannst du diese Nachricht ignorieren.',
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe pour {company}',
      body: 'Bonjour {greet},\nNous avons reçu une demande de réinitialisation de votre mot de passe sur {company}. Cliquez sur le bouton pour en choisir un nouveau.\n{link}\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    },
    es: {
      subject: 'Restablece tu contraseña de {company}',
      body: 'Hola {greet}:\nRecibimos una solicitud para restablecer tu contraseña en {company}. Pulsa el botón para elegir una nueva.\n{link}\nSi no lo pediste, puedes ignorar este mensaje.',
    },
    pt: {
      subject: 'Redefina a sua senha da {company}',
      body: 'Olá {greet},\nRecebemos um pedido para redefinir a sua senha na {company}. Clique no botão para escolher uma nova.\n{link}\nSe não fez este pedido, ignore esta mensagem.',
    },
    it: {
      subject: 'Reimposta la password di {company}',
      body: 'Ciao {greet},\nabbiamo ricevuto una richiesta di reimpostare la tua password su {company}. Clicca il pulsante per sceglierne una nuova.\n{link}\nSe non l’hai richiesto, ignora questo messaggio.',
    },
    nl: {
      subject: 'Stel je wachtwoord voor {company} opnieuw in',
      body: 'Hallo {greet},\nWe kregen een verzoek om je wachtwoord bij {company} opnieuw in te stellen. Klik op de knop om een nieuw wachtwoord te kiezen.\n{link}\nHeb je dit niet gevraagd? Negeer dan dit bericht.',
    },
  },
}
