// Product wordings, helpdesk and sign-up/identity: each product's documented default rendered
// from memory in our own words (nothing pasted, not checked against the product). The product's
// own language comes first; the other languages are our rendering of the same mail.
import type { PerLang, Wording } from './types.ts'

/** Helpshift: the email channel's "we received your issue" notice (Helpshift help centre, email issue notifications). */
export const HELPSHIFT: PerLang<Wording> = {
  en: {
    subject: 'Re: {message} [Issue #{ref}]',
    body: 'Hi {name},\nThanks for reaching out to {company}. We have received your issue and our team will get back to you shortly.\nPlease don’t change the subject line when replying, so your messages stay in the same issue.\n---\nIssue #{ref}: {message}',
  },
  de: {
    subject: 'Re: {message} [Anfrage #{ref}]',
    body: 'Hallo {name},\ndanke, dass du dich an {company} gewandt hast. Wir haben deine Anfrage erhalten und melden uns in Kürze.\nBitte ändere beim Antworten den Betreff nicht.\n---\nAnfrage #{ref}: {message}',
  },
  fr: {
    subject: 'Re : {message} [Demande #{ref}]',
    body: 'Bonjour {name},\nMerci d’avoir contacté {company}. Nous avons bien reçu votre demande et notre équipe vous répondra rapidement.\nMerci de ne pas modifier l’objet en répondant.\n---\nDemande #{ref} : {message}',
  },
  es: {
    subject: 'Re: {message} [Consulta #{ref}]',
    body: 'Hola {name}:\nGracias por contactar con {company}. Hemos recibido tu consulta y nuestro equipo te responderá en breve.\nNo cambies el asunto al responder.\n---\nConsulta #{ref}: {message}',
  },
  pt: {
    subject: 'Re: {message} [Pedido #{ref}]',
    body: 'Olá {name},\nObrigado por contactar a {company}. Recebemos o seu pedido e a nossa equipa responderá em breve.\nPor favor, não altere o assunto ao responder.\n---\nPedido #{ref}: {message}',
  },
  it: {
    subject: 'Re: {message} [Richiesta #{ref}]',
    body: 'Ciao {name},\ngrazie per aver contattato {company}. Abbiamo ricevuto la tua richiesta e il nostro team ti risponderà a breve.\nNon modificare l’oggetto quando rispondi.\n---\nRichiesta #{ref}: {message}',
  },
  nl: {
    subject: 'Re: {message} [Vraag #{ref}]',
    body: 'Hoi {name},\nBedankt dat je contact opneemt met {company}. We hebben je vraag ontvangen en reageren snel.\nWijzig het onderwerp niet als je antwoordt.\n---\nVraag #{ref}: {message}',
  },
}

/** Pylon: the ticket-created acknowledgement sent to the requester (Pylon docs, email channel auto-replies). */
export const PYLON: PerLang<Wording> = {
  en: {
    subject: '{message}',
    body: 'Thanks for reaching out! We’ve received your request and created ticket #{ref}. Someone from {company} will follow up here.\nYou can reply to this email to add more information.',
  },
  de: {
    subject: '{message}',
    body: 'Danke für deine Nachricht! Wir haben Ticket #{ref} angelegt. Jemand von {company} meldet sich hier bei dir.\nAntworte auf diese E-Mail, um weitere Informationen hinzuzufügen.',
  },
  fr: {
    subject: '{message}',
    body: 'Merci de nous avoir écrit ! Nous avons créé le ticket #{ref}. Quelqu’un de chez {company} vous répondra ici.\nRépondez à cet e-mail pour ajouter des informations.',
  },
  es: {
    subject: '{message}',
    body: '¡Gracias por escribirnos! Hemos creado el ticket #{ref}. Alguien de {company} te contestará aquí.\nResponde a este correo para añadir más información.',
  },
  pt: {
    subject: '{message}',
    body: 'Obrigado pelo contacto! Criámos o ticket #{ref}. Alguém da {company} responderá aqui.\nResponda a este e-mail para acrescentar informação.',
  },
  it: {
    subject: '{message}',
    body: 'Grazie per averci scritto! Abbiamo creato il ticket #{ref}. Qualcuno di {company} ti risponderà qui.\nRispondi a questa email per aggiungere informazioni.',
  },
  nl: {
    subject: '{message}',
    body: 'Bedankt voor je bericht! We hebben ticket #{ref} aangemaakt. Iemand van {company} reageert hier.\nBeantwoord deze mail om informatie toe te voegen.',
  },
}

/** Softr: an app's user sign-up email verification (Softr docs, user authentication emails). */
export const SOFTR: PerLang<Wording> = {
  en: {
    subject: 'Verify your email for {company}',
    body: 'Hi {name},\nPlease verify your email address to finish signing up to {company}.\nVerify email: {link}\nIf you didn’t sign up, you can ignore this email.',
  },
  de: {
    subject: 'Bestätige deine E-Mail für {company}',
    body: 'Hallo {name},\nbitte bestätige deine E-Mail-Adresse, um die Registrierung bei {company} abzuschließen.\nE-Mail bestätigen: {link}',
  },
  fr: {
    subject: 'Vérifiez votre e-mail pour {company}',
    body: 'Bonjour {name},\nVeuillez vérifier votre adresse e-mail pour terminer votre inscription à {company}.\nVérifier l’e-mail : {link}',
  },
  es: {
    subject: 'Verifica tu correo para {company}',
    body: 'Hola {name}:\nVerifica tu dirección de correo para completar el registro en {company}.\nVerificar correo: {link}',
  },
  pt: {
    subject: 'Verifique o seu e-mail para {company}',
    body: 'Olá {name},\nVerifique o seu endereço de e-mail para concluir o registo na {company}.\nVerificar e-mail: {link}',
  },
  it: {
    subject: 'Verifica la tua email per {company}',
    body: 'Ciao {name},\nverifica il tuo indirizzo email per completare la registrazione a {company}.\nVerifica email: {link}',
  },
  nl: {
    subject: 'Verifieer je e-mail voor {company}',
    body: 'Hoi {name},\nVerifieer je e-mailadres om je aanmelding bij {company} af te ronden.\nE-mail verifiëren: {link}',
  },
}

/** Circle.so: a community's "confirm your email" after joining (Circle help centre, member sign-up). */
export const CIRCLE: PerLang<Wording> = {
  en: {
    subject: 'Confirm your email to join {company}',
    body: 'Hey {name}, you’re almost in!\nConfirm your email to finish joining the {company} community.\nConfirm email: {link}\nSee you inside.',
  },
  de: {
    subject: 'Bestätige deine E-Mail, um {company} beizutreten',
    body: 'Hey {name}, fast geschafft!\nBestätige deine E-Mail, um der Community {company} beizutreten.\nE-Mail bestätigen: {link}',
  },
  fr: {
    subject: 'Confirmez votre e-mail pour rejoindre {company}',
    body: 'Salut {name}, vous y êtes presque !\nConfirmez votre e-mail pour rejoindre la communauté {company}.\nConfirmer : {link}',
  },
  es: {
    subject: 'Confirma tu correo para unirte a {company}',
    body: '¡Hola {name}, ya casi estás!\nConfirma tu correo para unirte a la comunidad {company}.\nConfirmar: {link}',
  },
  pt: {
    subject: 'Confirme o seu e-mail para entrar em {company}',
    body: 'Olá {name}, está quase!\nConfirme o seu e-mail para entrar na comunidade {company}.\nConfirmar: {link}',
  },
  it: {
    subject: 'Conferma la tua email per entrare in {company}',
    body: 'Ciao {name}, ci sei quasi!\nConferma la tua email per entrare nella community {company}.\nConferma: {link}',
  },
  nl: {
    subject: 'Bevestig je e-mail om lid te worden van {company}',
    body: 'Hé {name}, je bent er bijna!\nBevestig je e-mail om lid te worden van de community {company}.\nBevestigen: {link}',
  },
}
