// Product defaults of the sign-up and newsletter groups, rendered from memory in our own words
// (nothing pasted, not checked against the product). Sources:
// - Teachable: the school's "confirm your email" mail to a new student (English default).
// - Mighty Networks: the "confirm your email to join" mail of a network (English default).
// - Mailpro: the double opt-in confirmation of a subscription form (French default).
// - Perfit: the double opt-in confirmation of a subscription form (Spanish, rioplatense default).
import type { ByLang } from './wording.ts'

export const TEACHABLE: ByLang = {
  en: [
    'Confirm your email address',
    'Hi {name},\n\nThanks for signing up for {company}! Please confirm your email address so you can access your courses:\n\n{link}\n\nIf you didn’t sign up, you can safely ignore this email.\n\n{company}',
  ],
  de: [
    'Bestätige deine E-Mail-Adresse',
    'Hallo {name},\n\ndanke für deine Anmeldung bei {company}! Bitte bestätige deine E-Mail-Adresse, um auf deine Kurse zuzugreifen:\n\n{link}\n\nFalls du dich nicht angemeldet hast, ignoriere diese E-Mail.\n\n{company}',
  ],
  fr: [
    'Confirmez votre adresse e-mail',
    'Bonjour {name},\n\nMerci de vous être inscrit à {company} ! Confirmez votre adresse pour accéder à vos cours :\n\n{link}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.\n\n{company}',
  ],
  es: [
    'Confirma tu correo electrónico',
    'Hola {name}:\n\n¡Gracias por registrarte en {company}! Confirma tu correo para acceder a tus cursos:\n\n{link}\n\nSi no te registraste, ignora este correo.\n\n{company}',
  ],
  pt: [
    'Confirme o seu email',
    'Olá {name},\n\nObrigado por se inscrever em {company}! Confirme o seu email para aceder aos seus cursos:\n\n{link}\n\nSe não se inscreveu, ignore este email.\n\n{company}',
  ],
  it: [
    'Conferma il tuo indirizzo email',
    'Ciao {name},\n\ngrazie per esserti iscritto a {company}! Conferma il tuo indirizzo per accedere ai tuoi corsi:\n\n{link}\n\nSe non ti sei iscritto, ignora questa email.\n\n{company}',
  ],
  nl: [
    'Bevestig je e-mailadres',
    'Hoi {name},\n\nBedankt voor je aanmelding bij {company}! Bevestig je e-mailadres om je cursussen te openen:\n\n{link}\n\nHeb je je niet aangemeld? Negeer deze e-mail dan.\n\n{company}',
  ],
}

export const MIGHTY: ByLang = {
  en: [
    'Confirm your email to join {company}',
    '{name}, you’re almost in!\n\nConfirm your email to finish joining {company}.\n\n{link}\n\nThis link expires in 7 days. Didn’t request this? No action is needed.',
  ],
  de: [
    'Bestätige deine E-Mail, um {company} beizutreten',
    '{name}, fast geschafft!\n\nBestätige deine E-Mail, um {company} beizutreten.\n\n{link}\n\nDer Link läuft in 7 Tagen ab. Nicht angefordert? Dann musst du nichts tun.',
  ],
  fr: [
    'Confirmez votre e-mail pour rejoindre {company}',
    '{name}, vous y êtes presque !\n\nConfirmez votre e-mail pour rejoindre {company}.\n\n{link}\n\nCe lien expire dans 7 jours. Pas à l’origine de la demande ? Aucune action requise.',
  ],
  es: [
    'Confirma tu correo para unirte a {company}',
    '¡{name}, ya casi estás dentro!\n\nConfirma tu correo para terminar de unirte a {company}.\n\n{link}\n\nEl enlace caduca en 7 días. ¿No lo pediste? No hace falta hacer nada.',
  ],
  pt: [
    'Confirme o seu email para entrar em {company}',
    '{name}, está quase!\n\nConfirme o seu email para concluir a entrada em {company}.\n\n{link}\n\nO link expira em 7 dias. Não pediu isto? Não precisa de fazer nada.',
  ],
  it: [
    'Conferma la tua email per entrare in {company}',
    '{name}, ci sei quasi!\n\nConferma la tua email per completare l’ingresso in {company}.\n\n{link}\n\nIl link scade tra 7 giorni. Non l’hai richiesto? Non serve fare nulla.',
  ],
  nl: [
    'Bevestig je e-mail om lid te worden van {company}',
    '{name}, je bent er bijna!\n\nBevestig je e-mail om lid te worden van {company}.\n\n{link}\n\nDeze link verloopt over 7 dagen. Niet aangevraagd? Dan hoef je niets te doen.',
  ],
}

export const MAILPRO: ByLang = {
  fr: [
    'Confirmez votre inscription',
    'Bonjour,\n\nVous venez de vous inscrire à la liste de diffusion de {company}. Pour valider votre inscription, cliquez sur le lien suivant :\n\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message.\n\nEnvoyé avec Mailpro',
  ],
  en: [
    'Confirm your subscription',
    'Hello,\n\nYou have just subscribed to the mailing list of {company}. To validate your subscription, click the following link:\n\n{link}\n\nIf you did not make this request, simply ignore this message.\n\nSent with Mailpro',
  ],
  de: [
    'Bestätigen Sie Ihre Anmeldung',
    'Guten Tag,\n\nSie haben sich soeben für die Verteilerliste von {company} angemeldet. Um Ihre Anmeldung zu bestätigen, klicken Sie auf folgenden Link:\n\n{link}\n\nWenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese Nachricht.\n\nVersendet mit Mailpro',
  ],
  es: [
    'Confirme su suscripción',
    'Hola:\n\nAcaba de suscribirse a la lista de difusión de {company}. Para validar la suscripción, haga clic en el enlace:\n\n{link}\n\nSi no ha hecho esta solicitud, ignore este mensaje.\n\nEnviado con Mailpro',
  ],
  pt: [
    'Confirme a sua inscrição',
    'Olá,\n\nAcabou de se inscrever na lista de distribuição de {company}. Para validar a inscrição, clique no link:\n\n{link}\n\nSe não fez este pedido, ignore esta mensagem.\n\nEnviado com Mailpro',
  ],
  it: [
    'Conferma la tua iscrizione',
    'Buongiorno,\n\nti sei appena iscritto alla lista di {company}. Per convalidare l’iscrizione clicca sul link:\n\n{link}\n\nSe non hai fatto tu la richiesta, ignora questo messaggio.\n\nInviato con Mailpro',
  ],
  nl: [
    'Bevestig uw inschrijving',
    'Hallo,\n\nU heeft zich zojuist ingeschreven op de mailinglijst van {company}. Klik op de volgende link om uw inschrijving te bevestigen:\n\n{link}\n\nHeeft u dit niet aangevraagd? Negeer dan dit bericht.\n\nVerzonden met Mailpro',
  ],
}

export const PERFIT: ByLang = {
  es: [
    'Confirmá tu suscripción a {company}',
    '¡Hola {name}!\n\nPara empezar a recibir las novedades de {company} necesitamos que confirmes tu email:\n\n{link}\n\nSi no te suscribiste, no hagas nada y no te enviaremos más correos.',
  ],
  en: [
    'Confirm your subscription to {company}',
    'Hi {name}!\n\nTo start receiving news from {company} we need you to confirm your email:\n\n{link}\n\nIf you did not subscribe, do nothing and we will not email you again.',
  ],
  de: [
    'Bestätige dein Abo bei {company}',
    'Hallo {name}!\n\nDamit du die Neuigkeiten von {company} bekommst, bestätige bitte deine E-Mail:\n\n{link}\n\nWenn du dich nicht angemeldet hast, tu nichts – wir schreiben dir nicht wieder.',
  ],
  fr: [
    'Confirme ton abonnement à {company}',
    'Salut {name} !\n\nPour recevoir les nouveautés de {company}, confirme ton e-mail :\n\n{link}\n\nSi tu ne t’es pas abonné, ne fais rien : nous ne t’écrirons plus.',
  ],
  pt: [
    'Confirme a sua subscrição de {company}',
    'Olá {name}!\n\nPara começar a receber as novidades de {company} precisamos que confirme o seu email:\n\n{link}\n\nSe não subscreveu, não faça nada e não voltaremos a escrever.',
  ],
  it: [
    'Conferma la tua iscrizione a {company}',
    'Ciao {name}!\n\nPer ricevere le novità di {company} conferma la tua email:\n\n{link}\n\nSe non ti sei iscritto, non fare nulla e non ti scriveremo più.',
  ],
  nl: [
    'Bevestig je inschrijving bij {company}',
    'Hoi {name}!\n\nOm het nieuws van {company} te ontvangen, bevestig je e-mailadres:\n\n{link}\n\nNiet ingeschreven? Doe dan niets, we mailen je niet meer.',
  ],
}
