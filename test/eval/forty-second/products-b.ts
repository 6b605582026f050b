// Product wordings of the sign-up/identity and newsletter groups, written from memory of each
// product's documented default mail, in our own words (nothing pasted, not checked against the
// product); the first language named is the product's own, the others our rendering.
import type { PerLang, Wording } from './types.ts'

/** LearnWorlds (online school platform): a new learner's "verify your email" mail. en */
export const LEARNWORLDS: PerLang<Wording> = {
  en: {
    subject: 'Verify your email for {company}',
    body: 'Hi {name},\n\nWelcome to {company}! Please verify your email address to start learning.\n\n[ Verify email ] {link}\n\nSee you in class,\n{company}',
  },
  de: {
    subject: 'Bestätige deine E-Mail für {company}',
    body: 'Hallo {name},\n\nwillkommen bei {company}! Bitte bestätige deine E-Mail-Adresse, um mit dem Lernen zu beginnen.\n\n[ E-Mail bestätigen ] {link}\n\nBis bald im Kurs,\n{company}',
  },
  fr: {
    subject: 'Vérifiez votre e-mail pour {company}',
    body: 'Bonjour {name},\n\nBienvenue sur {company} ! Vérifiez votre adresse e-mail pour commencer à apprendre.\n\n[ Vérifier l’e-mail ] {link}\n\nÀ bientôt en cours,\n{company}',
  },
  es: {
    subject: 'Verifica tu correo para {company}',
    body: 'Hola {name}:\n\n¡Bienvenido/a a {company}! Verifica tu correo para empezar a aprender.\n\n[ Verificar correo ] {link}\n\nNos vemos en clase,\n{company}',
  },
  pt: {
    subject: 'Verifique o seu email para {company}',
    body: 'Olá {name},\n\nBem-vindo(a) à {company}! Verifique o seu email para começar a aprender.\n\n[ Verificar email ] {link}\n\nAté à aula,\n{company}',
  },
  it: {
    subject: 'Verifica la tua e-mail per {company}',
    body: 'Ciao {name},\n\nbenvenuto su {company}! Verifica il tuo indirizzo e-mail per iniziare a imparare.\n\n[ Verifica e-mail ] {link}\n\nCi vediamo a lezione,\n{company}',
  },
  nl: {
    subject: 'Bevestig je e-mail voor {company}',
    body: 'Hoi {name},\n\nWelkom bij {company}! Bevestig je e-mailadres om te beginnen met leren.\n\n[ E-mail bevestigen ] {link}\n\nTot in de les,\n{company}',
  },
}

/** OneLogin (identity provider) self-registration: "activate your account". en */
export const ONELOGIN_VERIFY: PerLang<Wording> = {
  en: {
    subject: 'Activate your {company} account',
    body: 'An account has been created for you at {company}.\n\nUsername: {email}\n\nClick the link below to activate it and choose your password. The link expires in 72 hours.\n{link}',
  },
  de: {
    subject: 'Aktivieren Sie Ihr Konto bei {company}',
    body: 'Für Sie wurde ein Konto bei {company} angelegt.\n\nBenutzername: {email}\n\nKlicken Sie auf den Link, um es zu aktivieren und ein Passwort zu wählen. Der Link läuft nach 72 Stunden ab.\n{link}',
  },
  fr: {
    subject: 'Activez votre compte {company}',
    body: 'Un compte a été créé pour vous chez {company}.\n\nIdentifiant : {email}\n\nCliquez sur le lien pour l’activer et choisir votre mot de passe. Il expire dans 72 heures.\n{link}',
  },
  es: {
    subject: 'Activa tu cuenta de {company}',
    body: 'Se ha creado una cuenta para ti en {company}.\n\nUsuario: {email}\n\nPulsa el enlace para activarla y elegir tu contraseña. Caduca en 72 horas.\n{link}',
  },
  pt: {
    subject: 'Ative a sua conta {company}',
    body: 'Foi criada uma conta para si na {company}.\n\nNome de utilizador: {email}\n\nClique na ligação para a ativar e escolher a palavra-passe. Expira em 72 horas.\n{link}',
  },
  it: {
    subject: 'Attiva il tuo account {company}',
    body: 'È stato creato un account per te su {company}.\n\nNome utente: {email}\n\nClicca il link per attivarlo e scegliere la password. Scade tra 72 ore.\n{link}',
  },
  nl: {
    subject: 'Activeer je {company}-account',
    body: 'Er is een account voor je aangemaakt bij {company}.\n\nGebruikersnaam: {email}\n\nKlik op de link om het te activeren en een wachtwoord te kiezen. De link verloopt na 72 uur.\n{link}',
  },
}

/** OneLogin: the self-service password reset mail. en */
export const ONELOGIN_RESET: PerLang<Wording> = {
  en: {
    subject: 'Reset your {company} password',
    body: 'We received a request to reset the password for {email}.\n\nIf you made this request, use the link below within 24 hours:\n{link}\n\nIf not, no action is needed.',
  },
  de: {
    subject: 'Setzen Sie Ihr {company}-Passwort zurück',
    body: 'Wir haben eine Anfrage zum Zurücksetzen des Passworts für {email} erhalten.\n\nWenn Sie das waren, nutzen Sie innerhalb von 24 Stunden diesen Link:\n{link}\n\nAndernfalls ist nichts zu tun.',
  },
  fr: {
    subject: 'Réinitialisez votre mot de passe {company}',
    body: 'Nous avons reçu une demande de réinitialisation du mot de passe de {email}.\n\nSi elle vient de vous, utilisez ce lien dans les 24 heures :\n{link}\n\nSinon, aucune action n’est nécessaire.',
  },
  es: {
    subject: 'Restablece tu contraseña de {company}',
    body: 'Hemos recibido una solicitud para restablecer la contraseña de {email}.\n\nSi la hiciste tú, usa este enlace en las próximas 24 horas:\n{link}\n\nSi no, no tienes que hacer nada.',
  },
  pt: {
    subject: 'Redefina a sua palavra-passe {company}',
    body: 'Recebemos um pedido para redefinir a palavra-passe de {email}.\n\nSe foi você, use esta ligação nas próximas 24 horas:\n{link}\n\nCaso contrário, não é necessário fazer nada.',
  },
  it: {
    subject: 'Reimposta la password di {company}',
    body: 'Abbiamo ricevuto una richiesta di reimpostazione della password per {email}.\n\nSe sei stato tu, usa questo link entro 24 ore:\n{link}\n\nIn caso contrario non devi fare nulla.',
  },
  nl: {
    subject: 'Stel je {company}-wachtwoord opnieuw in',
    body: 'We kregen een verzoek om het wachtwoord van {email} opnieuw in te stellen.\n\nWas jij dat? Gebruik dan binnen 24 uur deze link:\n{link}\n\nZo niet, dan hoef je niets te doen.',
  },
}

/** Mailify (French emailing service): the double opt-in confirmation. fr */
export const MAILIFY: PerLang<Wording> = {
  fr: {
    subject: 'Confirmez votre inscription',
    body: 'Bonjour,\n\nPour valider votre inscription à la newsletter de {company}, cliquez sur le lien ci-dessous :\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail.',
  },
  en: {
    subject: 'Confirm your registration',
    body: 'Hello,\n\nTo validate your registration to the {company} newsletter, click the link below:\n{link}\n\nIf you did not make this request, simply ignore this email.',
  },
  de: {
    subject: 'Bestätigen Sie Ihre Anmeldung',
    body: 'Guten Tag,\n\num Ihre Anmeldung zum Newsletter von {company} zu bestätigen, klicken Sie auf den folgenden Link:\n{link}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail einfach.',
  },
  es: {
    subject: 'Confirme su inscripción',
    body: 'Hola:\n\nPara validar su inscripción en la newsletter de {company}, haga clic en el siguiente enlace:\n{link}\n\nSi no ha hecho esta solicitud, ignore este correo.',
  },
  pt: {
    subject: 'Confirme a sua inscrição',
    body: 'Olá,\n\nPara validar a sua inscrição na newsletter da {company}, clique na ligação abaixo:\n{link}\n\nSe não fez este pedido, ignore simplesmente este email.',
  },
  it: {
    subject: 'Conferma la tua registrazione',
    body: 'Buongiorno,\n\nper convalidare la tua iscrizione alla newsletter di {company}, clicca sul link qui sotto:\n{link}\n\nSe non hai fatto tu questa richiesta, ignora semplicemente questa e-mail.',
  },
  nl: {
    subject: 'Bevestig je aanmelding',
    body: 'Hallo,\n\nKlik op de onderstaande link om je aanmelding voor de nieuwsbrief van {company} te bevestigen:\n{link}\n\nHeb je dit niet aangevraagd, negeer deze e-mail dan gewoon.',
  },
}

/** 4dem (Italian email marketing platform): its double opt-in request. it */
export const FOURDEM: PerLang<Wording> = {
  it: {
    subject: 'Conferma la tua iscrizione a {company}',
    body: 'Grazie per esserti iscritto alla newsletter di {company}.\n\nPer completare l’iscrizione clicca sul pulsante:\n[ CONFERMA ISCRIZIONE ] {link}\n\nSe non ti sei iscritto tu, ignora questo messaggio.',
  },
  en: {
    subject: 'Confirm your subscription to {company}',
    body: 'Thanks for signing up to the {company} newsletter.\n\nTo complete your subscription click the button:\n[ CONFIRM SUBSCRIPTION ] {link}\n\nIf you did not sign up, ignore this message.',
  },
  de: {
    subject: 'Bestätigen Sie Ihr Abonnement bei {company}',
    body: 'Danke für Ihre Anmeldung zum Newsletter von {company}.\n\nUm sie abzuschließen, klicken Sie auf die Schaltfläche:\n[ ANMELDUNG BESTÄTIGEN ] {link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.',
  },
  fr: {
    subject: 'Confirmez votre abonnement à {company}',
    body: 'Merci de vous être abonné à la newsletter de {company}.\n\nPour finaliser votre abonnement, cliquez sur le bouton :\n[ CONFIRMER L’ABONNEMENT ] {link}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
  },
  es: {
    subject: 'Confirma tu suscripción a {company}',
    body: 'Gracias por suscribirte a la newsletter de {company}.\n\nPara completar la suscripción pulsa el botón:\n[ CONFIRMAR SUSCRIPCIÓN ] {link}\n\nSi no te has suscrito, ignora este mensaje.',
  },
  pt: {
    subject: 'Confirme a sua subscrição da {company}',
    body: 'Obrigado por subscrever a newsletter da {company}.\n\nPara concluir a subscrição clique no botão:\n[ CONFIRMAR SUBSCRIÇÃO ] {link}\n\nSe não se inscreveu, ignore esta mensagem.',
  },
  nl: {
    subject: 'Bevestig je inschrijving bij {company}',
    body: 'Bedankt voor je inschrijving op de nieuwsbrief van {company}.\n\nKlik op de knop om je inschrijving af te ronden:\n[ INSCHRIJVING BEVESTIGEN ] {link}\n\nHeb je je niet ingeschreven, negeer dit bericht dan.',
  },
}
