// Product wordings, newsletter double opt-in and form builders: each product's documented
// default rendered from memory in our own words (nothing pasted, not checked against the
// product). The product's own language comes first; the others are our rendering.
import type { PerLang, Wording } from './types.ts'

/** Maileon: the default double opt-in (DOI) confirmation mail (Maileon help, DOI mailings). */
export const MAILEON: PerLang<Wording> = {
  de: {
    subject: 'Bitte bestätigen Sie Ihre Anmeldung',
    body: 'Guten Tag {name},\nvielen Dank für Ihr Interesse am Newsletter von {company}. Um Ihre Anmeldung abzuschließen, klicken Sie bitte auf den folgenden Bestätigungslink:\n{link}\nErst nach Ihrer Bestätigung nehmen wir Sie in den Verteiler auf.',
  },
  en: {
    subject: 'Please confirm your registration',
    body: 'Hello {name},\nThank you for your interest in the {company} newsletter. To complete your registration, please click the confirmation link below:\n{link}\nWe will only add you to the list after you confirm.',
  },
  fr: {
    subject: 'Veuillez confirmer votre inscription',
    body: 'Bonjour {name},\nMerci de votre intérêt pour la newsletter {company}. Pour finaliser votre inscription, cliquez sur le lien de confirmation :\n{link}',
  },
  es: {
    subject: 'Por favor, confirme su registro',
    body: 'Hola {name}:\nGracias por su interés en el boletín de {company}. Para completar el registro, haga clic en el enlace de confirmación:\n{link}',
  },
  pt: {
    subject: 'Por favor, confirme o seu registo',
    body: 'Olá {name},\nObrigado pelo interesse na newsletter {company}. Para concluir o registo, clique no link de confirmação:\n{link}',
  },
  it: {
    subject: 'Conferma la tua registrazione',
    body: 'Gentile {name},\ngrazie per l’interesse verso la newsletter di {company}. Per completare la registrazione, clicca sul link di conferma:\n{link}',
  },
  nl: {
    subject: 'Bevestig uw aanmelding',
    body: 'Beste {name},\nBedankt voor uw interesse in de nieuwsbrief van {company}. Klik op de bevestigingslink om uw aanmelding af te ronden:\n{link}',
  },
}

/** Squalomail: the default double opt-in confirmation (Squalomail guide, iscrizione con doppio opt-in). */
export const SQUALOMAIL: PerLang<Wording> = {
  it: {
    subject: 'Conferma la tua iscrizione a {company}',
    body: 'Ciao {name},\nper completare l’iscrizione alla lista di {company} clicca sul pulsante qui sotto.\nSì, iscrivimi: {link}\nSe non hai richiesto l’iscrizione, ignora questa email: non riceverai altri messaggi.',
  },
  en: {
    subject: 'Confirm your subscription to {company}',
    body: 'Hi {name},\nto complete your subscription to the {company} list, click the button below.\nYes, subscribe me: {link}\nIf you didn’t ask for this, ignore this email.',
  },
  de: {
    subject: 'Bestätige dein Abonnement bei {company}',
    body: 'Hallo {name},\num dein Abonnement der Liste von {company} abzuschließen, klicke auf den Button.\nJa, eintragen: {link}',
  },
  fr: {
    subject: 'Confirmez votre inscription à {company}',
    body: 'Bonjour {name},\npour finaliser votre inscription à la liste {company}, cliquez sur le bouton ci-dessous.\nOui, je m’inscris : {link}',
  },
  es: {
    subject: 'Confirma tu suscripción a {company}',
    body: 'Hola {name}:\npara completar tu suscripción a la lista de {company}, pulsa el botón.\nSí, suscribirme: {link}',
  },
  pt: {
    subject: 'Confirme a sua subscrição de {company}',
    body: 'Olá {name},\npara concluir a subscrição da lista {company}, clique no botão.\nSim, subscrever: {link}',
  },
  nl: {
    subject: 'Bevestig je inschrijving bij {company}',
    body: 'Hoi {name},\nklik op de knop om je inschrijving op de lijst van {company} af te ronden.\nJa, schrijf me in: {link}',
  },
}

/** Fillout: a form's respondent confirmation email listing the answers (Fillout help, respondent notifications). */
export const FILLOUT: PerLang<Wording> = {
  en: {
    subject: 'Thanks for your submission to {company}',
    body: 'Thanks for filling out our form! Here is a copy of your responses.\nName: {name}\nMessage: {message}\nSubmission ID: {ref}',
  },
  de: {
    subject: 'Danke für deine Einsendung an {company}',
    body: 'Danke, dass du unser Formular ausgefüllt hast! Hier eine Kopie deiner Antworten.\nName: {name}\nNachricht: {message}\nEinsendungs-ID: {ref}',
  },
  fr: {
    subject: 'Merci pour votre envoi à {company}',
    body: 'Merci d’avoir rempli notre formulaire ! Voici une copie de vos réponses.\nNom : {name}\nMessage : {message}\nID de réponse : {ref}',
  },
  es: {
    subject: 'Gracias por tu envío a {company}',
    body: '¡Gracias por rellenar nuestro formulario! Aquí tienes una copia de tus respuestas.\nNombre: {name}\nMensaje: {message}\nID de envío: {ref}',
  },
  pt: {
    subject: 'Obrigado pelo seu envio para {company}',
    body: 'Obrigado por preencher o nosso formulário! Segue uma cópia das suas respostas.\nNome: {name}\nMensagem: {message}\nID de envio: {ref}',
  },
  it: {
    subject: 'Grazie per il tuo invio a {company}',
    body: 'Grazie per aver compilato il nostro modulo! Ecco una copia delle tue risposte.\nNome: {name}\nMessaggio: {message}\nID invio: {ref}',
  },
  nl: {
    subject: 'Bedankt voor je inzending bij {company}',
    body: 'Bedankt voor het invullen van ons formulier! Hier is een kopie van je antwoorden.\nNaam: {name}\nBericht: {message}\nInzending-ID: {ref}',
  },
}

/** Everest Forms: the WordPress plugin's default confirmation to the sender of a contact form. */
export const EVEREST: PerLang<Wording> = {
  en: {
    subject: 'Thank you for contacting {company}',
    body: 'Hello {name},\nThank you for contacting us. We have received your message and will get back to you soon.\nYour message: {message}\n-- \nThis email was sent from a contact form on {company}',
  },
  de: {
    subject: 'Danke für Ihre Nachricht an {company}',
    body: 'Hallo {name},\nvielen Dank für Ihre Kontaktaufnahme. Wir haben Ihre Nachricht erhalten und melden uns bald.\nIhre Nachricht: {message}\n-- \nDiese E-Mail wurde über ein Kontaktformular auf {company} gesendet',
  },
  fr: {
    subject: 'Merci d’avoir contacté {company}',
    body: 'Bonjour {name},\nMerci de nous avoir contactés. Nous avons reçu votre message et reviendrons vers vous rapidement.\nVotre message : {message}\n-- \nCet e-mail a été envoyé depuis un formulaire de contact sur {company}',
  },
  es: {
    subject: 'Gracias por contactar con {company}',
    body: 'Hola {name}:\nGracias por contactarnos. Hemos recibido tu mensaje y te responderemos pronto.\nTu mensaje: {message}\n-- \nEste correo se envió desde un formulario de contacto de {company}',
  },
  pt: {
    subject: 'Obrigado por contactar {company}',
    body: 'Olá {name},\nObrigado pelo contacto. Recebemos a sua mensagem e responderemos em breve.\nA sua mensagem: {message}\n-- \nEste e-mail foi enviado a partir de um formulário de contacto em {company}',
  },
  it: {
    subject: 'Grazie per aver contattato {company}',
    body: 'Ciao {name},\ngrazie per averci contattato. Abbiamo ricevuto il tuo messaggio e ti risponderemo presto.\nIl tuo messaggio: {message}\n-- \nQuesta email è stata inviata da un modulo di contatto su {company}',
  },
  nl: {
    subject: 'Bedankt voor je bericht aan {company}',
    body: 'Hallo {name},\nBedankt voor je bericht. We hebben het ontvangen en nemen snel contact op.\nJouw bericht: {message}\n-- \nDeze e-mail is verzonden via een contactformulier op {company}',
  },
}
