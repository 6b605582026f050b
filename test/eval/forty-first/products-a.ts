// Product defaults of the helpdesk and form-builder groups, rendered from memory in our own words
// (nothing pasted, not checked against the product). The product's own language is its shape;
// the other languages are our renderings of it. Sources:
// - WSDesk (ELEX WordPress helpdesk): the "new ticket" auto-reply to the requester.
// - Easy Redmine HelpDesk: the acknowledgement sent when a mail or form creates an issue.
// - Formsite: the form's autoresponder / "send results to the respondent" confirmation.
// - MetForm (Elementor forms): the confirmation mail to the person who filled in the form.
import type { ByLang } from './wording.ts'

export const WSDESK: ByLang = {
  en: [
    '[Ticket #{ref}] {message}',
    'Hello {name},\n\nThank you for contacting us. Your ticket #{ref} has been created and our support staff will get back to you as soon as possible.\n\nSubject: {message}\n\nYou can reply to this email to add more details to the ticket.\n\nRegards,\n{company} Support',
  ],
  de: [
    '[Ticket #{ref}] {message}',
    'Hallo {name},\n\ndanke für Ihre Kontaktaufnahme. Ihr Ticket #{ref} wurde erstellt, unser Support meldet sich so schnell wie möglich.\n\nBetreff: {message}\n\nAntworten Sie auf diese E-Mail, um dem Ticket weitere Details hinzuzufügen.\n\nGrüße\n{company} Support',
  ],
  fr: [
    '[Ticket #{ref}] {message}',
    'Bonjour {name},\n\nMerci de nous avoir contactés. Votre ticket #{ref} a été créé et notre support vous répondra dès que possible.\n\nObjet : {message}\n\nRépondez à cet e-mail pour compléter le ticket.\n\nCordialement,\nSupport {company}',
  ],
  es: [
    '[Ticket #{ref}] {message}',
    'Hola {name}:\n\nGracias por contactarnos. Se ha creado su ticket #{ref} y nuestro personal de soporte le responderá lo antes posible.\n\nAsunto: {message}\n\nPuede responder a este correo para añadir detalles al ticket.\n\nSaludos,\nSoporte {company}',
  ],
  pt: [
    '[Ticket #{ref}] {message}',
    'Olá {name},\n\nObrigado pelo contacto. O seu ticket #{ref} foi criado e a nossa equipa de suporte responderá o mais depressa possível.\n\nAssunto: {message}\n\nResponda a este email para acrescentar detalhes ao ticket.\n\nCumprimentos,\nSuporte {company}',
  ],
  it: [
    '[Ticket #{ref}] {message}',
    'Salve {name},\n\ngrazie per averci contattato. Il ticket #{ref} è stato creato e il nostro supporto le risponderà il prima possibile.\n\nOggetto: {message}\n\nRisponda a questa email per aggiungere dettagli al ticket.\n\nSaluti,\nSupporto {company}',
  ],
  nl: [
    '[Ticket #{ref}] {message}',
    'Hallo {name},\n\nBedankt voor uw bericht. Uw ticket #{ref} is aangemaakt en onze support neemt zo snel mogelijk contact op.\n\nOnderwerp: {message}\n\nBeantwoord deze e-mail om details aan het ticket toe te voegen.\n\nGroeten,\n{company} Support',
  ],
}

export const EASY_REDMINE: ByLang = {
  en: [
    'Your request has been accepted: [#{ref}] {message}',
    'Dear customer,\n\nyour request was registered in our help desk under number #{ref}. We will inform you by email about its progress.\n\nDescription:\n{message}\n\nPlease do not change the subject when replying.\n\n{company} Help Desk',
  ],
  de: [
    'Ihre Anfrage wurde angenommen: [#{ref}] {message}',
    'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhre Anfrage wurde in unserem Helpdesk unter der Nummer #{ref} registriert. Über den Fortschritt informieren wir Sie per E-Mail.\n\nBeschreibung:\n{message}\n\nBitte ändern Sie beim Antworten den Betreff nicht.\n\n{company} Helpdesk',
  ],
  fr: [
    'Votre demande a été acceptée : [#{ref}] {message}',
    'Chère cliente, cher client,\n\nvotre demande a été enregistrée dans notre helpdesk sous le numéro #{ref}. Nous vous tiendrons informé par e-mail.\n\nDescription :\n{message}\n\nMerci de ne pas modifier l’objet en répondant.\n\nHelpdesk {company}',
  ],
  es: [
    'Su solicitud ha sido aceptada: [#{ref}] {message}',
    'Estimado cliente:\n\nsu solicitud se ha registrado en nuestro servicio de ayuda con el número #{ref}. Le informaremos por correo de su evolución.\n\nDescripción:\n{message}\n\nNo cambie el asunto al responder.\n\nHelpdesk {company}',
  ],
  pt: [
    'O seu pedido foi aceite: [#{ref}] {message}',
    'Caro cliente,\n\no seu pedido foi registado no nosso helpdesk com o número #{ref}. Iremos informá-lo por email sobre o andamento.\n\nDescrição:\n{message}\n\nNão altere o assunto ao responder.\n\nHelpdesk {company}',
  ],
  it: [
    'La sua richiesta è stata accettata: [#{ref}] {message}',
    'Gentile cliente,\n\nla sua richiesta è stata registrata nel nostro helpdesk con il numero #{ref}. La aggiorneremo via email sui progressi.\n\nDescrizione:\n{message}\n\nNon modifichi l’oggetto quando risponde.\n\nHelpdesk {company}',
  ],
  nl: [
    'Uw aanvraag is geaccepteerd: [#{ref}] {message}',
    'Geachte klant,\n\nuw aanvraag is in onze helpdesk geregistreerd onder nummer #{ref}. We houden u per e-mail op de hoogte.\n\nOmschrijving:\n{message}\n\nWijzig het onderwerp niet bij het beantwoorden.\n\n{company} Helpdesk',
  ],
}

export const FORMSITE: ByLang = {
  en: [
    'Thank you for your submission',
    'Thank you for your submission to {company} – Contact Form.\n\nReference #: {ref}\n\nName: {name}\nEmail: {email}\nMessage: {message}\n\nPlease keep this email for your records.',
  ],
  de: [
    'Vielen Dank für Ihre Einsendung',
    'Vielen Dank für Ihre Einsendung an {company} – Kontaktformular.\n\nReferenznr.: {ref}\n\nName: {name}\nE-Mail: {email}\nNachricht: {message}\n\nBitte bewahren Sie diese E-Mail auf.',
  ],
  fr: [
    'Merci pour votre envoi',
    'Merci pour votre envoi à {company} – Formulaire de contact.\n\nN° de référence : {ref}\n\nNom : {name}\nE-mail : {email}\nMessage : {message}\n\nConservez cet e-mail pour vos archives.',
  ],
  es: [
    'Gracias por su envío',
    'Gracias por su envío a {company} – Formulario de contacto.\n\nN.º de referencia: {ref}\n\nNombre: {name}\nCorreo: {email}\nMensaje: {message}\n\nConserve este correo como comprobante.',
  ],
  pt: [
    'Obrigado pelo seu envio',
    'Obrigado pelo seu envio para {company} – Formulário de contacto.\n\nN.º de referência: {ref}\n\nNome: {name}\nEmail: {email}\nMensagem: {message}\n\nGuarde este email para referência.',
  ],
  it: [
    'Grazie per il tuo invio',
    'Grazie per il tuo invio a {company} – Modulo di contatto.\n\nN. di riferimento: {ref}\n\nNome: {name}\nEmail: {email}\nMessaggio: {message}\n\nConserva questa email per i tuoi archivi.',
  ],
  nl: [
    'Bedankt voor uw inzending',
    'Bedankt voor uw inzending aan {company} – Contactformulier.\n\nReferentienummer: {ref}\n\nNaam: {name}\nE-mail: {email}\nBericht: {message}\n\nBewaar deze e-mail voor uw administratie.',
  ],
}

export const METFORM: ByLang = {
  en: [
    'Thanks for contacting us',
    'Hi {name},\n\nThanks for contacting {company}. We have received your message and will get back to you soon.\n\nYour entry:\nName: {name}\nEmail: {email}\nMessage: {message}\n\nThis is an automatic confirmation.',
  ],
  de: [
    'Danke für Ihre Kontaktaufnahme',
    'Hallo {name},\n\ndanke, dass Sie {company} kontaktiert haben. Wir haben Ihre Nachricht erhalten und melden uns bald.\n\nIhre Angaben:\nName: {name}\nE-Mail: {email}\nNachricht: {message}\n\nDies ist eine automatische Bestätigung.',
  ],
  fr: [
    'Merci de nous avoir contactés',
    'Bonjour {name},\n\nMerci d’avoir contacté {company}. Nous avons bien reçu votre message et reviendrons vers vous rapidement.\n\nVotre saisie :\nNom : {name}\nE-mail : {email}\nMessage : {message}\n\nCeci est une confirmation automatique.',
  ],
  es: [
    'Gracias por contactarnos',
    'Hola {name}:\n\nGracias por contactar con {company}. Hemos recibido tu mensaje y te responderemos pronto.\n\nTus datos:\nNombre: {name}\nCorreo: {email}\nMensaje: {message}\n\nEsta es una confirmación automática.',
  ],
  pt: [
    'Obrigado pelo seu contacto',
    'Olá {name},\n\nObrigado por contactar a {company}. Recebemos a sua mensagem e responderemos em breve.\n\nOs seus dados:\nNome: {name}\nEmail: {email}\nMensagem: {message}\n\nEsta é uma confirmação automática.',
  ],
  it: [
    'Grazie per averci contattato',
    'Ciao {name},\n\ngrazie per aver contattato {company}. Abbiamo ricevuto il tuo messaggio e ti risponderemo presto.\n\nI tuoi dati:\nNome: {name}\nEmail: {email}\nMessaggio: {message}\n\nQuesta è una conferma automatica.',
  ],
  nl: [
    'Bedankt voor je bericht',
    'Hoi {name},\n\nBedankt dat je contact opnam met {company}. We hebben je bericht ontvangen en reageren snel.\n\nJe gegevens:\nNaam: {name}\nE-mail: {email}\nBericht: {message}\n\nDit is een automatische bevestiging.',
  ],
}
