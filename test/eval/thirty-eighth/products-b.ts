// Product wordings of the subscription and reset families, each the product's documented default
// rendered from memory in our own words (nothing pasted, not checked against the product); the
// first language named is the product's own, the others are our rendering of it.
import type { Texts } from './wording-types.ts'

/** Source: Quentn (German marketing automation), its default double opt-in mail (de): "please
 * confirm your sign-up", the button, and the note that nothing follows without the click. */
export const QUENTN: Texts = {
  de: 'Bitte bestätige deine Anmeldung|Hallo {name},\nbitte bestätige deine Anmeldung bei {company} mit einem Klick auf diesen Link:\n{link}\nOhne deine Bestätigung bekommst du keine E-Mails von uns.',
  en: 'Please confirm your sign-up|Hi {name},\nplease confirm your sign-up with {company} by clicking this link:\n{link}\nWithout your confirmation you will not receive any emails from us.',
  fr: 'Merci de confirmer ton inscription|Salut {name},\nconfirme ton inscription chez {company} en cliquant sur ce lien :\n{link}\nSans confirmation, tu ne recevras aucun e-mail de notre part.',
  es: 'Por favor, confirma tu registro|Hola {name}:\nconfirma tu registro en {company} con un clic en este enlace:\n{link}\nSin tu confirmación no recibirás ningún correo nuestro.',
  pt: 'Confirma a tua inscrição|Olá {name},\nconfirma a tua inscrição na {company} clicando nesta ligação:\n{link}\nSem confirmação não receberás e-mails nossos.',
  it: 'Conferma la tua iscrizione|Ciao {name},\nconferma la tua iscrizione a {company} cliccando su questo link:\n{link}\nSenza conferma non riceverai nessuna email da noi.',
  nl: 'Bevestig je aanmelding|Hoi {name},\nbevestig je aanmelding bij {company} met een klik op deze link:\n{link}\nZonder bevestiging ontvang je geen e-mails van ons.',
}

/** Source: Enormail (Dutch e-mail marketing), its default confirmation mail for a list (nl):
 * thanks for signing up, one click to confirm, ignore it if it was not you. */
export const ENORMAIL: Texts = {
  nl: 'Bevestig je inschrijving|Bedankt voor je inschrijving op de nieuwsbrief van {company}!\nKlik op onderstaande link om je inschrijving te bevestigen:\n{link}\nHeb je je niet ingeschreven? Dan kun je deze e-mail negeren.',
  en: 'Confirm your subscription|Thanks for subscribing to the {company} newsletter!\nClick the link below to confirm your subscription:\n{link}\nDid not subscribe? Then you can ignore this email.',
  de: 'Bestätige deine Anmeldung|Danke für deine Anmeldung zum Newsletter von {company}!\nKlicke auf den folgenden Link, um sie zu bestätigen:\n{link}\nDu hast dich nicht angemeldet? Dann ignoriere diese E-Mail.',
  fr: 'Confirme ton inscription|Merci pour ton inscription à la newsletter de {company} !\nClique sur le lien ci-dessous pour la confirmer :\n{link}\nTu ne t’es pas inscrit ? Ignore cet e-mail.',
  es: 'Confirma tu suscripción|¡Gracias por suscribirte al boletín de {company}!\nHaz clic en el enlace para confirmarla:\n{link}\n¿No te has suscrito? Ignora este correo.',
  pt: 'Confirma a tua subscrição|Obrigado por subscreveres a newsletter da {company}!\nClica na ligação abaixo para confirmar:\n{link}\nNão subscreveste? Ignora este e-mail.',
  it: 'Conferma la tua iscrizione|Grazie per esserti iscritto alla newsletter di {company}!\nClicca sul link qui sotto per confermare:\n{link}\nNon ti sei iscritto? Ignora questa email.',
}

/** Source: Silverstripe CMS, the lost-password mail of its Security controller ("Your password
 * reset link", a greeting by first name and the one-time link). */
export const SILVERSTRIPE: Texts = {
  en: 'Your password reset link|Hi {name},\nhere is your password reset link for {company}:\n{link}',
  de: 'Ihr Link zum Zurücksetzen des Passworts|Hallo {name},\nhier ist Ihr Link zum Zurücksetzen des Passworts für {company}:\n{link}',
  fr: 'Votre lien de réinitialisation du mot de passe|Bonjour {name},\nvoici votre lien de réinitialisation du mot de passe pour {company} :\n{link}',
  es: 'Tu enlace para restablecer la contraseña|Hola {name}:\naquí tienes tu enlace para restablecer la contraseña de {company}:\n{link}',
  pt: 'A sua ligação para redefinir a palavra-passe|Olá {name},\naqui está a ligação para redefinir a palavra-passe de {company}:\n{link}',
  it: 'Il tuo link per reimpostare la password|Ciao {name},\necco il link per reimpostare la password di {company}:\n{link}',
  nl: 'Je link om je wachtwoord opnieuw in te stellen|Hoi {name},\nhier is je link om het wachtwoord voor {company} opnieuw in te stellen:\n{link}',
}

/** Source: Monica (personal CRM), whose reset mail is the framework's default "Reset Password
 * Notification": why you got it, the button, the 60-minute expiry, no action if not you. */
export const MONICA: Texts = {
  en: 'Reset Password Notification|Hello!\nYou are receiving this email because we received a password reset request for your account.\nReset Password: {link}\nThis password reset link will expire in 60 minutes.\nIf you did not request a password reset, no further action is required.\nRegards,\n{company}',
  de: 'Benachrichtigung zum Zurücksetzen des Passworts|Hallo!\nSie erhalten diese E-Mail, weil für Ihr Konto das Zurücksetzen des Passworts angefordert wurde.\nPasswort zurücksetzen: {link}\nDieser Link läuft in 60 Minuten ab.\nWenn Sie das nicht angefordert haben, ist nichts weiter zu tun.\n{company}',
  fr: 'Notification de réinitialisation du mot de passe|Bonjour !\nVous recevez cet e-mail car une réinitialisation du mot de passe a été demandée pour votre compte.\nRéinitialiser : {link}\nCe lien expirera dans 60 minutes.\nSi vous n’avez rien demandé, aucune action n’est requise.\n{company}',
  es: 'Notificación de restablecimiento de contraseña|¡Hola!\nRecibes este correo porque se ha solicitado restablecer la contraseña de tu cuenta.\nRestablecer contraseña: {link}\nEste enlace caducará en 60 minutos.\nSi no lo has solicitado, no tienes que hacer nada.\n{company}',
  pt: 'Notificação de redefinição de palavra-passe|Olá!\nRecebeu este e-mail porque foi pedida a redefinição da palavra-passe da sua conta.\nRedefinir: {link}\nEsta ligação expira em 60 minutos.\nSe não fez o pedido, não é necessária nenhuma ação.\n{company}',
  it: 'Notifica di reimpostazione della password|Ciao!\nRicevi questa email perché è stata richiesta la reimpostazione della password del tuo account.\nReimposta password: {link}\nQuesto link scadrà tra 60 minuti.\nSe non l’hai richiesta, non devi fare nulla.\n{company}',
  nl: 'Melding wachtwoord opnieuw instellen|Hallo!\nJe ontvangt deze e-mail omdat er een verzoek is gedaan om het wachtwoord van je account opnieuw in te stellen.\nWachtwoord opnieuw instellen: {link}\nDeze link verloopt over 60 minuten.\nHeb je dit niet aangevraagd? Dan hoef je niets te doen.\n{company}',
}
