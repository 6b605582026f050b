// Product default wordings, subscription and reset families, written from memory of each
// product's documented default in this set's own words (nothing pasted).
import type { Texts } from './products-a.ts'

/**
 * Spotler Mail+ (formerly MailPlus, NL): the default double opt-in confirmation mail of its
 * sign-up forms (Spotler support, "Double opt-in instellen"): confirm your subscription by
 * clicking the link; without it no mail follows.
 */
export const SPOTLER: Texts = {
  en: {
    subject: 'Please confirm your subscription to {company}',
    body: 'Dear {payload},\n\nThank you for signing up for the {company} newsletter. To complete your subscription, please click the link below:\n\n{link}\n\nIf you do not confirm, you will not receive our newsletter.',
  },
  de: {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung bei {company}',
    body: 'Liebe/r {payload},\n\nvielen Dank für Ihre Anmeldung zum Newsletter von {company}. Klicken Sie auf den folgenden Link, um die Anmeldung abzuschließen:\n\n{link}\n\nOhne Bestätigung erhalten Sie keinen Newsletter.',
  },
  fr: {
    subject: 'Confirmez votre inscription à {company}',
    body: 'Cher/Chère {payload},\n\nMerci de vous être inscrit(e) à la newsletter de {company}. Pour finaliser votre inscription, cliquez sur le lien ci-dessous :\n\n{link}\n\nSans confirmation, vous ne recevrez pas notre newsletter.',
  },
  es: {
    subject: 'Confirma tu suscripción a {company}',
    body: 'Estimado/a {payload}:\n\nGracias por suscribirte al boletín de {company}. Para completar la suscripción, haz clic en el siguiente enlace:\n\n{link}\n\nSi no confirmas, no recibirás nuestro boletín.',
  },
  pt: {
    subject: 'Confirme a sua subscrição de {company}',
    body: 'Caro/a {payload},\n\nObrigado por se inscrever na newsletter de {company}. Para concluir a subscrição, clique na ligação abaixo:\n\n{link}\n\nSem confirmação, não receberá a nossa newsletter.',
  },
  it: {
    subject: 'Conferma la tua iscrizione a {company}',
    body: 'Gentile {payload},\n\ngrazie per esserti iscritto alla newsletter di {company}. Per completare l’iscrizione, fai clic sul link qui sotto:\n\n{link}\n\nSenza conferma non riceverai la newsletter.',
  },
  nl: {
    subject: 'Bevestig je aanmelding bij {company}',
    body: 'Beste {payload},\n\nBedankt voor je aanmelding voor de nieuwsbrief van {company}. Klik op de onderstaande link om je aanmelding af te ronden:\n\n{link}\n\nZonder bevestiging ontvang je onze nieuwsbrief niet.',
  },
}

/**
 * Dinamize (BR): the default double opt-in mail of its capture forms (Dinamize help, "Dupla
 * confirmação"): "Confirme seu cadastro", one link, a note that it was requested on the site.
 */
export const DINAMIZE: Texts = {
  en: {
    subject: 'Confirm your registration',
    body: 'Hello {payload},\n\nYour address was entered in the {company} sign-up form. Click below to confirm your registration and start receiving our news:\n\n{link}\n\nDid not sign up? Just ignore this message.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre Registrierung',
    body: 'Hallo {payload},\n\nIhre Adresse wurde im Anmeldeformular von {company} eingetragen. Klicken Sie unten, um die Registrierung zu bestätigen:\n\n{link}\n\nNicht angemeldet? Dann ignorieren Sie diese Nachricht einfach.',
  },
  fr: {
    subject: 'Confirmez votre inscription',
    body: 'Bonjour {payload},\n\nVotre adresse a été saisie dans le formulaire d’inscription de {company}. Cliquez ci-dessous pour confirmer et recevoir nos actualités :\n\n{link}\n\nPas inscrit(e) ? Ignorez simplement ce message.',
  },
  es: {
    subject: 'Confirma tu registro',
    body: 'Hola {payload}:\n\nTu dirección se introdujo en el formulario de alta de {company}. Haz clic abajo para confirmar tu registro y recibir nuestras novedades:\n\n{link}\n\n¿No te has registrado? Ignora este mensaje.',
  },
  pt: {
    subject: 'Confirme seu cadastro',
    body: 'Olá {payload},\n\nSeu e-mail foi informado no formulário de cadastro de {company}. Clique abaixo para confirmar seu cadastro e começar a receber nossas novidades:\n\n{link}\n\nNão se cadastrou? É só ignorar esta mensagem.',
  },
  it: {
    subject: 'Conferma la tua registrazione',
    body: 'Ciao {payload},\n\nil tuo indirizzo è stato inserito nel modulo di iscrizione di {company}. Fai clic qui sotto per confermare la registrazione:\n\n{link}\n\nNon ti sei iscritto? Ignora questo messaggio.',
  },
  nl: {
    subject: 'Bevestig je registratie',
    body: 'Hallo {payload},\n\nJe adres is ingevuld in het aanmeldformulier van {company}. Klik hieronder om je registratie te bevestigen:\n\n{link}\n\nNiet aangemeld? Negeer dit bericht dan.',
  },
}

/**
 * Firefly III: the password reset mail (Firefly III docs and its emails/password template):
 * someone, hopefully you, asked to reset the password; the link; ignore it otherwise.
 */
export const FIREFLY: Texts = {
  en: {
    subject: 'Your password reset link',
    body: 'Hi there,\n\nSomebody, hopefully you, asked to reset the password of your {company} account. Use this link to choose a new one:\n\n{link}\n\nIf it was not you, you can safely ignore this message.',
  },
  de: {
    subject: 'Ihr Link zum Zurücksetzen des Passworts',
    body: 'Hallo,\n\njemand, hoffentlich Sie, möchte das Passwort Ihres {company}-Kontos zurücksetzen. Über diesen Link wählen Sie ein neues:\n\n{link}\n\nWaren Sie das nicht, können Sie diese Nachricht ignorieren.',
  },
  fr: {
    subject: 'Votre lien de réinitialisation du mot de passe',
    body: 'Bonjour,\n\nQuelqu’un, vous sans doute, a demandé à réinitialiser le mot de passe de votre compte {company}. Utilisez ce lien pour en choisir un nouveau :\n\n{link}\n\nSi ce n’était pas vous, ignorez ce message.',
  },
  es: {
    subject: 'Tu enlace para restablecer la contraseña',
    body: 'Hola:\n\nAlguien, esperamos que tú, pidió restablecer la contraseña de tu cuenta de {company}. Usa este enlace para elegir una nueva:\n\n{link}\n\nSi no fuiste tú, puedes ignorar este mensaje.',
  },
  pt: {
    subject: 'O seu link para redefinir a palavra-passe',
    body: 'Olá,\n\nAlguém, esperamos que tenha sido você, pediu para redefinir a palavra-passe da sua conta {company}. Use este link para escolher uma nova:\n\n{link}\n\nSe não foi você, ignore esta mensagem.',
  },
  it: {
    subject: 'Il tuo link per reimpostare la password',
    body: 'Ciao,\n\nqualcuno, speriamo tu, ha chiesto di reimpostare la password del tuo account {company}. Usa questo link per sceglierne una nuova:\n\n{link}\n\nSe non sei stato tu, ignora questo messaggio.',
  },
  nl: {
    subject: 'Je link om je wachtwoord te resetten',
    body: 'Hallo,\n\nIemand, hopelijk jij, heeft gevraagd het wachtwoord van je {company}-account te resetten. Kies via deze link een nieuw wachtwoord:\n\n{link}\n\nWas jij dit niet? Dan kun je dit bericht negeren.',
  },
}

/**
 * Akaunting: the Laravel "Reset Password Notification" it sends (Akaunting on Laravel's default
 * notification): why you get it, the button, a 60-minute expiry, no action needed otherwise.
 */
export const AKAUNTING: Texts = {
  en: {
    subject: 'Reset Password Notification',
    body: 'Hello!\n\nYou are getting this email because a password reset was requested for your {company} account.\n\nReset Password: {link}\n\nThis link expires in 60 minutes.\n\nIf you did not ask for a reset, nothing else is needed.\n\nRegards,\n{company}',
  },
  de: {
    subject: 'Benachrichtigung: Passwort zurücksetzen',
    body: 'Hallo!\n\nSie erhalten diese E-Mail, weil für Ihr {company}-Konto ein neues Passwort angefordert wurde.\n\nPasswort zurücksetzen: {link}\n\nDer Link läuft in 60 Minuten ab.\n\nHaben Sie nichts angefordert, ist nichts weiter zu tun.\n\nGrüße\n{company}',
  },
  fr: {
    subject: 'Notification de réinitialisation du mot de passe',
    body: 'Bonjour !\n\nVous recevez cet e-mail car une réinitialisation du mot de passe a été demandée pour votre compte {company}.\n\nRéinitialiser : {link}\n\nCe lien expire dans 60 minutes.\n\nSi vous n’avez rien demandé, aucune action n’est nécessaire.\n\nCordialement,\n{company}',
  },
  es: {
    subject: 'Notificación de restablecimiento de contraseña',
    body: '¡Hola!\n\nRecibes este correo porque se solicitó restablecer la contraseña de tu cuenta de {company}.\n\nRestablecer contraseña: {link}\n\nEl enlace caduca en 60 minutos.\n\nSi no lo solicitaste, no tienes que hacer nada.\n\nSaludos,\n{company}',
  },
  pt: {
    subject: 'Notificação de redefinição de senha',
    body: 'Olá!\n\nVocê está recebendo este e-mail porque foi pedida a redefinição da senha da sua conta {company}.\n\nRedefinir senha: {link}\n\nO link expira em 60 minutos.\n\nSe você não pediu, não é preciso fazer nada.\n\nAtenciosamente,\n{company}',
  },
  it: {
    subject: 'Notifica di reimpostazione password',
    body: 'Ciao!\n\nRicevi questa email perché è stata chiesta la reimpostazione della password del tuo account {company}.\n\nReimposta password: {link}\n\nIl link scade tra 60 minuti.\n\nSe non l’hai chiesta, non devi fare nulla.\n\nSaluti,\n{company}',
  },
  nl: {
    subject: 'Melding: wachtwoord resetten',
    body: 'Hallo!\n\nJe ontvangt deze e-mail omdat er een wachtwoordreset is aangevraagd voor je {company}-account.\n\nWachtwoord resetten: {link}\n\nDeze link verloopt over 60 minuten.\n\nHeb je niets aangevraagd, dan hoef je niets te doen.\n\nGroeten,\n{company}',
  },
}
