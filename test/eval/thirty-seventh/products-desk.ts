// Four of the eight products whose default wording a wave's mail can carry, each rendered in our
// own words from memory of the product's documented default (nothing pasted, not checked against
// the product). The English shape is the product's; the other languages are our rendering of it.
import type { Product } from './products.ts'

/**
 * Contact Form 7 (WordPress): the "Mail (2)" autoresponder a form can send to the submitter.
 * Source: the plugin's default Mail (2) template in the form editor's Mail tab (subject
 * `[_site_title] "[your-subject]"`, the message body, then a receipt line), contactform7.com docs.
 */
export const CONTACT_FORM_7: Product = {
  product: 'Contact Form 7',
  variant: 'webcopy',
  sender: 'own',
  local: 'wordpress',
  texts: {
    en: '{company} "{subject}" :: Message Body:\n{message}\n\n-- \nYou are getting this as a receipt for a contact form sent from our website ({company} https://{site}) using your email address. If you did not send it, please ignore this message.',
    de: '{company} „{subject}“ :: Nachrichtentext:\n{message}\n\n-- \nDiese E-Mail ist eine Empfangsbestätigung für ein Kontaktformular, das auf unserer Website ({company} https://{site}) mit Ihrer E-Mail-Adresse abgeschickt wurde. Falls Sie das nicht waren, ignorieren Sie diese Nachricht bitte.',
    fr: '{company} « {subject} » :: Corps du message :\n{message}\n\n-- \nCet e-mail accuse réception d’un formulaire de contact envoyé depuis notre site ({company} https://{site}) avec votre adresse e-mail. Si ce n’était pas vous, ignorez ce message.',
    es: '{company} "{subject}" :: Cuerpo del mensaje:\n{message}\n\n-- \nEste correo es un acuse de recibo de un formulario de contacto enviado desde nuestra web ({company} https://{site}) con su dirección de correo. Si no fue usted, ignore este mensaje.',
    pt: '{company} "{subject}" :: Corpo da mensagem:\n{message}\n\n-- \nEste e-mail é um recibo de um formulário de contacto enviado no nosso site ({company} https://{site}) com o seu endereço de e-mail. Se não foi você, ignore esta mensagem.',
    it: '{company} "{subject}" :: Corpo del messaggio:\n{message}\n\n-- \nQuesta email è una ricevuta per un modulo di contatto inviato dal nostro sito ({company} https://{site}) con il tuo indirizzo email. Se non sei stato tu, ignora questo messaggio.',
    nl: '{company} "{subject}" :: Berichttekst:\n{message}\n\n-- \nDeze e-mail is een ontvangstbevestiging van een contactformulier dat op onze website ({company} https://{site}) met uw e-mailadres is verstuurd. Was u dit niet, negeer dan dit bericht.',
  },
}

/**
 * django-helpdesk: the `newticket_submitter` e-mail template sent when a ticket is opened
 * (subject "<ticket id> <title> (Opened)", a courtesy note with the tracking id and how to
 * reply). Source: the project's default e-mail templates (helpdesk/fixtures/emailtemplate.json).
 */
export const DJANGO_HELPDESK: Product = {
  product: 'django-helpdesk',
  variant: 'ticket',
  sender: 'own',
  local: 'helpdesk',
  texts: {
    en: '[{ref}] {subject} (Opened) :: Hello,\n\nThis is a courtesy e-mail to let you know we have received your help desk query titled "{subject}". You do not need to do anything more for now.\n\nYour ticket has the tracking number [{ref}]; someone will get back to you shortly.\n\nIf you want to send more details or ask about this ticket, please keep the tracking number in the subject. The easiest way is to reply to this message.\n\nYou can view the ticket online at {link}.',
    de: '[{ref}] {subject} (Eröffnet) :: Hallo,\n\nmit dieser E-Mail bestätigen wir den Eingang Ihrer Helpdesk-Anfrage „{subject}“. Sie müssen vorerst nichts weiter tun.\n\nIhr Ticket hat die Nummer [{ref}]; wir melden uns in Kürze.\n\nFür weitere Angaben behalten Sie die Ticketnummer bitte im Betreff, am einfachsten antworten Sie auf diese Nachricht.\n\nTicket online ansehen: {link}',
    fr: '[{ref}] {subject} (Ouvert) :: Bonjour,\n\nCe message vous confirme que nous avons reçu votre demande d’assistance intitulée « {subject} ». Vous n’avez rien d’autre à faire pour le moment.\n\nVotre ticket porte le numéro de suivi [{ref}] ; quelqu’un vous répondra prochainement.\n\nPour ajouter des précisions, gardez ce numéro dans l’objet : le plus simple est de répondre à ce message.\n\nConsulter le ticket : {link}',
    es: '[{ref}] {subject} (Abierto) :: Hola:\n\nLe escribimos para confirmarle que hemos recibido su consulta de soporte titulada «{subject}». De momento no tiene que hacer nada más.\n\nSu ticket tiene el número de seguimiento [{ref}]; alguien le contestará pronto.\n\nSi quiere añadir datos, mantenga el número en el asunto; lo más fácil es responder a este mensaje.\n\nVer el ticket: {link}',
    pt: '[{ref}] {subject} (Aberto) :: Olá,\n\nEste e-mail confirma que recebemos o seu pedido de suporte com o título "{subject}". Por agora não precisa de fazer mais nada.\n\nO seu ticket tem o número de acompanhamento [{ref}]; alguém responderá em breve.\n\nPara enviar mais detalhes, mantenha o número no assunto; o mais simples é responder a esta mensagem.\n\nVer o ticket: {link}',
    it: '[{ref}] {subject} (Aperto) :: Buongiorno,\n\nti confermiamo di aver ricevuto la tua richiesta di assistenza dal titolo "{subject}". Per ora non devi fare altro.\n\nIl tuo ticket ha il numero di riferimento [{ref}]; qualcuno ti risponderà a breve.\n\nPer aggiungere dettagli, mantieni il numero nell’oggetto: il modo più semplice è rispondere a questo messaggio.\n\nVedi il ticket: {link}',
    nl: '[{ref}] {subject} (Geopend) :: Hallo,\n\nDit bericht bevestigt dat we uw helpdeskvraag met de titel "{subject}" hebben ontvangen. U hoeft op dit moment verder niets te doen.\n\nUw ticket heeft volgnummer [{ref}]; iemand neemt spoedig contact met u op.\n\nWilt u iets toevoegen, houd dan het volgnummer in het onderwerp; het makkelijkst is op dit bericht te antwoorden.\n\nTicket bekijken: {link}',
  },
}

/**
 * Question2Answer: the welcome e-mail with its confirmation part, sent on registration
 * (subject "Welcome to <site title>!", the confirmation link, username and e-mail, the site's
 * name and URL). Source: the default English phrases of qa-include/lang/qa-lang-emails.php.
 */
export const QUESTION2ANSWER: Product = {
  product: 'Question2Answer',
  variant: 'forum',
  sender: 'own',
  local: 'noreply',
  texts: {
    en: 'Welcome to {company}! :: Thanks for signing up at {company}.\n\nTo confirm your email address, click the link below:\n{link}\n\nYour login details:\nUsername: {name}\nEmail: {email}\n\nPlease keep these details for later.\n\nThanks,\n{company}\nhttps://{site}/',
    de: 'Willkommen bei {company}! :: Danke für Ihre Registrierung bei {company}.\n\nBitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:\n{link}\n\nIhre Zugangsdaten:\nBenutzername: {name}\nE-Mail: {email}\n\nBewahren Sie diese Angaben gut auf.\n\nDanke,\n{company}\nhttps://{site}/',
    fr: 'Bienvenue sur {company} ! :: Merci de vous être inscrit sur {company}.\n\nPour confirmer votre adresse e-mail, cliquez sur le lien ci-dessous :\n{link}\n\nVos identifiants :\nNom d’utilisateur : {name}\nE-mail : {email}\n\nConservez ces informations.\n\nMerci,\n{company}\nhttps://{site}/',
    es: '¡Bienvenido a {company}! :: Gracias por registrarte en {company}.\n\nPara confirmar tu correo, haz clic en el enlace:\n{link}\n\nTus datos de acceso:\nUsuario: {name}\nCorreo: {email}\n\nGuarda esta información.\n\nGracias,\n{company}\nhttps://{site}/',
    pt: 'Bem-vindo ao {company}! :: Obrigado por se registar no {company}.\n\nPara confirmar o seu e-mail, clique na ligação abaixo:\n{link}\n\nOs seus dados de acesso:\nUtilizador: {name}\nE-mail: {email}\n\nGuarde estes dados.\n\nObrigado,\n{company}\nhttps://{site}/',
    it: 'Benvenuto su {company}! :: Grazie per esserti registrato su {company}.\n\nPer confermare il tuo indirizzo email, clicca sul link:\n{link}\n\nI tuoi dati di accesso:\nNome utente: {name}\nEmail: {email}\n\nConserva queste informazioni.\n\nGrazie,\n{company}\nhttps://{site}/',
    nl: 'Welkom bij {company}! :: Bedankt voor je registratie bij {company}.\n\nBevestig je e-mailadres via de link hieronder:\n{link}\n\nJe inloggegevens:\nGebruikersnaam: {name}\nE-mail: {email}\n\nBewaar deze gegevens goed.\n\nBedankt,\n{company}\nhttps://{site}/',
  },
}

/**
 * Flask-AppBuilder (the security layer of Apache Superset and other Flask apps): the self-
 * registration mail "Account activation" greeting the first and last name typed in the form.
 * Source: the default register_mail.html template and the view's email_subject.
 */
export const FLASK_APPBUILDER: Product = {
  product: 'Flask-AppBuilder',
  variant: 'signup',
  sender: 'display',
  local: 'no-reply',
  texts: {
    en: 'Account activation :: Dear {name},\n\nThank you for registering. Please open the link below to activate your account:\n\n{link}\n\nIf you did not register, you can ignore this message.',
    de: 'Kontoaktivierung :: Hallo {name},\n\ndanke für Ihre Registrierung. Bitte öffnen Sie den folgenden Link, um Ihr Konto zu aktivieren:\n\n{link}\n\nWenn Sie sich nicht registriert haben, ignorieren Sie diese Nachricht.',
    fr: 'Activation du compte :: Cher/Chère {name},\n\nmerci pour votre inscription. Ouvrez le lien ci-dessous pour activer votre compte :\n\n{link}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
    es: 'Activación de la cuenta :: Estimado/a {name}:\n\nGracias por registrarse. Abra el siguiente enlace para activar su cuenta:\n\n{link}\n\nSi no se ha registrado, ignore este mensaje.',
    pt: 'Ativação da conta :: Caro(a) {name},\n\nobrigado pelo registo. Abra a ligação abaixo para ativar a sua conta:\n\n{link}\n\nSe não se registou, ignore esta mensagem.',
    it: 'Attivazione account :: Gentile {name},\n\ngrazie per la registrazione. Apri il link qui sotto per attivare il tuo account:\n\n{link}\n\nSe non ti sei registrato, ignora questo messaggio.',
    nl: 'Accountactivering :: Beste {name},\n\nbedankt voor uw registratie. Open de onderstaande link om uw account te activeren:\n\n{link}\n\nHeeft u zich niet geregistreerd, negeer dan dit bericht.',
  },
}
