// The other four products (subscription and reset families), each rendered in our own words from
// memory of the product's documented default (nothing pasted, not checked against the product).
// The English shape is the product's; the other languages are our rendering of it.
import type { Product } from './products.ts'

/**
 * Subscribe2 (WordPress): the confirmation mail for a public subscription request ("[<blog
 * name>] Please confirm your request", the {ACTION} sentence, the link, "disregard this notice").
 * Source: the plugin's default confirm_email setting on its Settings > Templates tab. The form
 * takes only an address, so the mail echoes no payload.
 */
export const SUBSCRIBE2: Product = {
  product: 'Subscribe2',
  variant: 'optin',
  sender: 'own',
  local: 'admin',
  texts: {
    en: '[{company}] Please confirm your request :: {company} has received a request to subscribe for this email address. To complete your request please click on the link below:\n\n{link}\n\nIf you did not ask for this, please feel free to disregard this notice.\n\nThank you,\n{company} Admin',
    de: '[{company}] Bitte bestätigen Sie Ihre Anfrage :: {company} hat eine Anfrage zum Abonnieren für diese E-Mail-Adresse erhalten. Um sie abzuschließen, klicken Sie bitte auf den folgenden Link:\n\n{link}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese Nachricht einfach.\n\nDanke,\n{company} Admin',
    fr: '[{company}] Merci de confirmer votre demande :: {company} a reçu une demande d’abonnement pour cette adresse e-mail. Pour la valider, cliquez sur le lien ci-dessous :\n\n{link}\n\nSi vous n’avez rien demandé, ne tenez pas compte de ce message.\n\nMerci,\nL’administrateur de {company}',
    es: '[{company}] Por favor, confirme su solicitud :: {company} ha recibido una solicitud de suscripción para esta dirección. Para completarla, haga clic en el enlace:\n\n{link}\n\nSi no lo ha solicitado, no tenga en cuenta este aviso.\n\nGracias,\nAdministración de {company}',
    pt: '[{company}] Confirme o seu pedido :: {company} recebeu um pedido de subscrição para este endereço de e-mail. Para o concluir, clique na ligação abaixo:\n\n{link}\n\nSe não fez este pedido, ignore este aviso.\n\nObrigado,\nAdministração {company}',
    it: '[{company}] Conferma la tua richiesta :: {company} ha ricevuto una richiesta di iscrizione per questo indirizzo email. Per completarla clicca sul link qui sotto:\n\n{link}\n\nSe non l’hai richiesto, ignora pure questo avviso.\n\nGrazie,\nAmministratore {company}',
    nl: '[{company}] Bevestig uw verzoek :: {company} heeft een verzoek ontvangen om dit e-mailadres in te schrijven. Klik op de onderstaande link om het verzoek af te ronden:\n\n{link}\n\nHeeft u dit niet gevraagd, negeer dan dit bericht.\n\nBedankt,\nBeheerder {company}',
  },
}

/**
 * ALO EasyMail Newsletter (WordPress): the activation mail sent after the subscription widget
 * ("Confirm your subscription to <blog> Newsletter", greeting the name typed in the widget, an
 * activation link). Source: the plugin's default activation e-mail text in its options.
 */
export const ALO_EASYMAIL: Product = {
  product: 'ALO EasyMail',
  variant: 'optin',
  sender: 'display',
  local: 'newsletter',
  texts: {
    en: 'Confirm your subscription to {company} Newsletter :: Hi {name},\nto activate your subscription to the {company} newsletter, please click the following link:\n{link}\n\nIf you did not subscribe, simply ignore this message.\n\nThank you\n{company}',
    de: 'Bestätigen Sie Ihr Abonnement des {company} Newsletters :: Hallo {name},\num Ihr Abonnement des {company} Newsletters zu aktivieren, klicken Sie bitte auf den folgenden Link:\n{link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.\n\nDanke\n{company}',
    fr: 'Confirmez votre abonnement à la newsletter {company} :: Bonjour {name},\npour activer votre abonnement à la newsletter {company}, cliquez sur le lien suivant :\n{link}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message.\n\nMerci\n{company}',
    es: 'Confirme su suscripción al boletín de {company} :: Hola {name}:\npara activar su suscripción al boletín de {company}, haga clic en el siguiente enlace:\n{link}\n\nSi no se ha suscrito, ignore este mensaje.\n\nGracias\n{company}',
    pt: 'Confirme a sua subscrição da newsletter {company} :: Olá {name},\npara ativar a sua subscrição da newsletter {company}, clique na seguinte ligação:\n{link}\n\nSe não subscreveu, ignore esta mensagem.\n\nObrigado\n{company}',
    it: 'Conferma la tua iscrizione alla Newsletter di {company} :: Ciao {name},\nper attivare la tua iscrizione alla newsletter di {company} clicca sul seguente link:\n{link}\n\nSe non ti sei iscritto, ignora questo messaggio.\n\nGrazie\n{company}',
    nl: 'Bevestig je inschrijving op de {company} nieuwsbrief :: Hallo {name},\nklik op de volgende link om je inschrijving op de nieuwsbrief van {company} te activeren:\n{link}\n\nHeb je je niet ingeschreven, negeer dan dit bericht.\n\nBedankt\n{company}',
  },
}

/**
 * Redash: the password reset mail ("Reset your password" and a reset link, "ignore this if you
 * didn't ask"). Source: the default reset e-mail templates (redash/templates/emails/reset.*).
 * Redash's interface is English only; the other languages are what a company would translate.
 */
export const REDASH: Product = {
  product: 'Redash',
  variant: 'reset',
  sender: 'own',
  local: 'redash',
  texts: {
    en: 'Reset your password :: Hi,\n\nYou can reset your password by following this link:\n{link}\n\nIf you didn’t ask for a password reset, you can safely ignore this email.',
    de: 'Passwort zurücksetzen :: Hallo,\n\nSie können Ihr Passwort über diesen Link zurücksetzen:\n{link}\n\nWenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren.',
    fr: 'Réinitialisez votre mot de passe :: Bonjour,\n\nVous pouvez réinitialiser votre mot de passe en suivant ce lien :\n{link}\n\nSi vous n’avez pas demandé de réinitialisation, ignorez cet e-mail.',
    es: 'Restablezca su contraseña :: Hola:\n\nPuede restablecer su contraseña con este enlace:\n{link}\n\nSi no ha pedido restablecerla, puede ignorar este correo.',
    pt: 'Redefina a sua palavra-passe :: Olá,\n\nPode redefinir a sua palavra-passe através desta ligação:\n{link}\n\nSe não pediu a redefinição, pode ignorar este e-mail.',
    it: 'Reimposta la password :: Ciao,\n\npuoi reimpostare la password seguendo questo link:\n{link}\n\nSe non hai chiesto di reimpostarla, puoi ignorare questa email.',
    nl: 'Stel je wachtwoord opnieuw in :: Hallo,\n\nJe kunt je wachtwoord opnieuw instellen via deze link:\n{link}\n\nHeb je hier niet om gevraagd, dan kun je deze e-mail negeren.',
  },
}

/**
 * Budibase: the "Password recovery" e-mail template (greets the account's address, "someone
 * requested a password reset", a reset button, "ignore if it wasn't you"). Source: the default
 * templates listed under Settings > Email > Templates. Offered in English; the rest is ours.
 */
export const BUDIBASE: Product = {
  product: 'Budibase',
  variant: 'reset',
  sender: 'hosted',
  local: 'noreply',
  texts: {
    en: 'Reset your {company} password :: Hi {email},\n\nSomeone requested a password reset for your {company} account. Use the button below to choose a new password:\n{link}\n\nIf this wasn’t you, you can ignore this email; the link expires in 24 hours.\n\n{company}',
    de: 'Setzen Sie Ihr {company} Passwort zurück :: Hallo {email},\n\nfür Ihr {company} Konto wurde das Zurücksetzen des Passworts angefordert. Neues Passwort wählen:\n{link}\n\nWaren Sie das nicht, ignorieren Sie diese E-Mail; der Link verfällt nach 24 Stunden.\n\n{company}',
    fr: 'Réinitialisez votre mot de passe {company} :: Bonjour {email},\n\nquelqu’un a demandé la réinitialisation du mot de passe de votre compte {company}. Choisissez-en un nouveau :\n{link}\n\nSi ce n’était pas vous, ignorez cet e-mail ; le lien expire dans 24 heures.\n\n{company}',
    es: 'Restablece tu contraseña de {company} :: Hola {email}:\n\nalguien ha pedido restablecer la contraseña de tu cuenta de {company}. Elige una nueva:\n{link}\n\nSi no fuiste tú, ignora este correo; el enlace caduca en 24 horas.\n\n{company}',
    pt: 'Redefina a sua palavra-passe {company} :: Olá {email},\n\nalguém pediu para redefinir a palavra-passe da sua conta {company}. Escolha uma nova:\n{link}\n\nSe não foi você, ignore este e-mail; a ligação expira em 24 horas.\n\n{company}',
    it: 'Reimposta la tua password {company} :: Ciao {email},\n\nqualcuno ha chiesto di reimpostare la password del tuo account {company}. Scegline una nuova:\n{link}\n\nSe non sei stato tu, ignora questa email; il link scade tra 24 ore.\n\n{company}',
    nl: 'Stel je {company}-wachtwoord opnieuw in :: Hallo {email},\n\niemand heeft gevraagd het wachtwoord van je {company}-account opnieuw in te stellen. Kies een nieuw wachtwoord:\n{link}\n\nWas jij dit niet, negeer dan deze e-mail; de link verloopt na 24 uur.\n\n{company}',
  },
}
