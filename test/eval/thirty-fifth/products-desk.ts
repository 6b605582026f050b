// Helpdesk and verification products of the thirty-fifth set, each text written from memory of
// the product's documented default notification, in our own words (nothing pasted).
import type { Product } from './types.ts'

// FOSSBilling, support module: the "ticket opened" client notification (mod_support_ticket_open
// email template: ticket number, subject, link to the client area). English shipped; others ours.
export const FOSSBILLING: Product = {
  family: 'helpdesk',
  product: 'FOSSBilling ticket opened',
  sender: 'own',
  texts: {
    en: {
      subject: '[#{ref}] {payload}',
      body: 'Hello {greet},\nThank you for contacting us. Your support ticket #{ref} "{payload}" has been opened. Our staff will answer it as soon as possible.\nYou can view the ticket at any time: {link}\n{company}',
    },
    de: {
      subject: '[#{ref}] {payload}',
      body: 'Hallo {greet},\nvielen Dank für Ihre Nachricht. Ihr Support-Ticket #{ref} „{payload}“ wurde eröffnet. Unser Team antwortet so bald wie möglich.\nTicket ansehen: {link}\n{company}',
    },
    fr: {
      subject: '[#{ref}] {payload}',
      body: 'Bonjour {greet},\nMerci de nous avoir contactés. Votre ticket d’assistance n°{ref} « {payload} » a été ouvert. Notre équipe y répondra dès que possible.\nConsulter le ticket : {link}\n{company}',
    },
    es: {
      subject: '[#{ref}] {payload}',
      body: 'Hola {greet}:\nGracias por contactarnos. Se ha abierto tu ticket de soporte n.º {ref} «{payload}». Nuestro equipo responderá lo antes posible.\nVer el ticket: {link}\n{company}',
    },
    pt: {
      subject: '[#{ref}] {payload}',
      body: 'Olá {greet},\nObrigado pelo contacto. O seu ticket de suporte n.º {ref} "{payload}" foi aberto. A nossa equipa responderá logo que possível.\nVer o ticket: {link}\n{company}',
    },
    it: {
      subject: '[#{ref}] {payload}',
      body: 'Ciao {greet},\ngrazie per averci contattato. Il tuo ticket di assistenza n. {ref} "{payload}" è stato aperto. Il nostro staff risponderà al più presto.\nVedi il ticket: {link}\n{company}',
    },
    nl: {
      subject: '[#{ref}] {payload}',
      body: 'Hallo {greet},\nBedankt voor je bericht. Je supportticket #{ref} "{payload}" is geopend. Ons team antwoordt zo snel mogelijk.\nTicket bekijken: {link}\n{company}',
    },
  },
}

// Clientexec, support module: the ticket autoresponder ("Support Ticket Created" notification with
// ticket ID and subject, sent from the department's address). English shipped; others ours.
export const CLIENTEXEC: Product = {
  family: 'helpdesk',
  product: 'Clientexec ticket autoresponder',
  sender: 'display',
  texts: {
    en: {
      subject: 'Support Ticket Created [Ticket ID: {ref}]',
      body: 'Dear {greet},\nThis is an automated message to let you know we received your request. A ticket has been created with the subject: {payload}\nTicket ID: {ref}\nPlease keep the ticket ID in the subject of any reply.\nRegards, {company} Support',
    },
    de: {
      subject: 'Support-Ticket erstellt [Ticket-ID: {ref}]',
      body: 'Sehr geehrte/r {greet},\ndies ist eine automatische Nachricht: Wir haben Ihre Anfrage erhalten und ein Ticket mit dem Betreff „{payload}“ angelegt.\nTicket-ID: {ref}\nBitte behalten Sie die Ticket-ID im Betreff Ihrer Antwort.\n{company} Support',
    },
    fr: {
      subject: 'Ticket d’assistance créé [ID du ticket : {ref}]',
      body: 'Cher/Chère {greet},\nCeci est un message automatique : nous avons bien reçu votre demande. Un ticket a été créé avec l’objet : {payload}\nID du ticket : {ref}\nMerci de garder cet identifiant dans l’objet de vos réponses.\nLe support {company}',
    },
    es: {
      subject: 'Ticket de soporte creado [ID del ticket: {ref}]',
      body: 'Estimado/a {greet}:\nEste es un mensaje automático para avisarle de que hemos recibido su solicitud. Se ha creado un ticket con el asunto: {payload}\nID del ticket: {ref}\nMantenga el ID en el asunto de sus respuestas.\nSoporte de {company}',
    },
    pt: {
      subject: 'Ticket de suporte criado [ID do ticket: {ref}]',
      body: 'Caro(a) {greet},\nEsta é uma mensagem automática: recebemos o seu pedido e foi criado um ticket com o assunto: {payload}\nID do ticket: {ref}\nMantenha o ID no assunto das suas respostas.\nSuporte {company}',
    },
    it: {
      subject: 'Ticket di supporto creato [ID ticket: {ref}]',
      body: 'Gentile {greet},\nquesto è un messaggio automatico: abbiamo ricevuto la tua richiesta e creato un ticket con oggetto: {payload}\nID ticket: {ref}\nMantieni l’ID nell’oggetto delle risposte.\nSupporto {company}',
    },
    nl: {
      subject: 'Supportticket aangemaakt [Ticket-ID: {ref}]',
      body: 'Beste {greet},\nDit is een automatisch bericht: we hebben je verzoek ontvangen en een ticket aangemaakt met het onderwerp: {payload}\nTicket-ID: {ref}\nHoud de ticket-ID in het onderwerp van je antwoord.\n{company} Support',
    },
  },
}

// Tryton, web_user module: the "Email Validation" mail sent when a web user registers (a link
// to validate the address). English shipped; the other languages our rendering.
export const TRYTON: Product = {
  family: 'verification',
  product: 'Tryton web user email validation',
  sender: 'own',
  texts: {
    en: {
      subject: 'Email Validation',
      body: 'Hello {greet},\nTo validate your email address for {company}, please follow this link:\n{link}\nIf you did not register, you can ignore this email.',
    },
    de: {
      subject: 'E-Mail-Validierung',
      body: 'Hallo {greet},\num Ihre E-Mail-Adresse bei {company} zu validieren, folgen Sie bitte diesem Link:\n{link}\nWenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.',
    },
    fr: {
      subject: 'Validation de l’adresse e-mail',
      body: 'Bonjour {greet},\nPour valider votre adresse e-mail chez {company}, veuillez suivre ce lien :\n{link}\nSi vous ne vous êtes pas inscrit, ignorez ce message.',
    },
    es: {
      subject: 'Validación del correo electrónico',
      body: 'Hola {greet}:\nPara validar su dirección de correo en {company}, siga este enlace:\n{link}\nSi no se ha registrado, ignore este mensaje.',
    },
    pt: {
      subject: 'Validação do e-mail',
      body: 'Olá {greet},\nPara validar o seu endereço de e-mail na {company}, siga esta ligação:\n{link}\nSe não se registou, ignore esta mensagem.',
    },
    it: {
      subject: 'Convalida dell’e-mail',
      body: 'Ciao {greet},\nper convalidare il tuo indirizzo e-mail su {company}, segui questo link:\n{link}\nSe non ti sei registrato, ignora questa e-mail.',
    },
    nl: {
      subject: 'E-mailvalidatie',
      body: 'Hallo {greet},\nVolg deze link om je e-mailadres bij {company} te valideren:\n{link}\nHeb je je niet geregistreerd? Negeer deze e-mail dan.',
    },
  },
}

// Gumroad: the "confirm your email address" mail after creating an account (a button, the
// account name echoed). English shipped; the other languages our rendering.
export const GUMROAD: Product = {
  family: 'verification',
  product: 'Gumroad confirm your email',
  sender: 'display',
  texts: {
    en: {
      subject: 'Please confirm your email address',
      body: 'Hi {greet}! Confirm your email address to finish setting up your {company} account.\nConfirm email: {link}\nIf you didn’t create an account, no action is needed.',
    },
    de: {
      subject: 'Bitte bestätige deine E-Mail-Adresse',
      body: 'Hallo {greet}! Bestätige deine E-Mail-Adresse, um dein {company}-Konto fertig einzurichten.\nE-Mail bestätigen: {link}\nDu hast kein Konto erstellt? Dann musst du nichts tun.',
    },
    fr: {
      subject: 'Merci de confirmer votre adresse e-mail',
      body: 'Bonjour {greet} ! Confirmez votre adresse e-mail pour finir de configurer votre compte {company}.\nConfirmer : {link}\nVous n’avez pas créé de compte ? Aucune action n’est requise.',
    },
    es: {
      subject: 'Confirma tu dirección de correo',
      body: '¡Hola, {greet}! Confirma tu correo para terminar de configurar tu cuenta de {company}.\nConfirmar correo: {link}\nSi no creaste una cuenta, no hace falta hacer nada.',
    },
    pt: {
      subject: 'Confirme o seu endereço de e-mail',
      body: 'Olá {greet}! Confirme o seu e-mail para concluir a configuração da sua conta {company}.\nConfirmar e-mail: {link}\nSe não criou uma conta, não é necessário fazer nada.',
    },
    it: {
      subject: 'Conferma il tuo indirizzo e-mail',
      body: 'Ciao {greet}! Conferma il tuo indirizzo e-mail per completare la configurazione del tuo account {company}.\nConferma: {link}\nSe non hai creato un account, non devi fare nulla.',
    },
    nl: {
      subject: 'Bevestig je e-mailadres',
      body: 'Hoi {greet}! Bevestig je e-mailadres om je {company}-account af te ronden.\nBevestigen: {link}\nHeb je geen account aangemaakt? Dan hoef je niets te doen.',
    },
  },
}
