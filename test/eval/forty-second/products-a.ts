// Product wordings of the helpdesk family (two helpdesks, two form builders), each written from
// memory of the product's documented default mail, in our own words (nothing pasted, not checked
// against the product); the first language named is the product's own, the others our rendering.
import type { PerLang, Wording } from './types.ts'

/** Tiledesk (open-source helpdesk/live chat): the requester's "ticket created" notification. en */
export const TILEDESK: PerLang<Wording> = {
  en: {
    subject: '[{company}] Ticket #{ref} created',
    body: 'Hi {name},\n\nwe have received your request and opened ticket #{ref}. An agent will answer you as soon as possible.\n\nYour request:\n{message}\n\nYou can reply to this email to add details to the ticket.',
  },
  de: {
    subject: '[{company}] Ticket #{ref} erstellt',
    body: 'Hallo {name},\n\nwir haben deine Anfrage erhalten und das Ticket #{ref} eröffnet. Ein Mitarbeiter antwortet dir so bald wie möglich.\n\nDeine Anfrage:\n{message}\n\nAntworte auf diese E-Mail, um dem Ticket Details hinzuzufügen.',
  },
  fr: {
    subject: '[{company}] Ticket #{ref} créé',
    body: 'Bonjour {name},\n\nnous avons bien reçu votre demande et ouvert le ticket #{ref}. Un agent vous répondra dès que possible.\n\nVotre demande :\n{message}\n\nRépondez à cet e-mail pour ajouter des précisions au ticket.',
  },
  es: {
    subject: '[{company}] Ticket #{ref} creado',
    body: 'Hola {name},\n\nhemos recibido tu solicitud y abierto el ticket #{ref}. Un agente te responderá lo antes posible.\n\nTu solicitud:\n{message}\n\nResponde a este correo para añadir detalles al ticket.',
  },
  pt: {
    subject: '[{company}] Ticket #{ref} criado',
    body: 'Olá {name},\n\nrecebemos o seu pedido e abrimos o ticket #{ref}. Um agente responderá assim que possível.\n\nO seu pedido:\n{message}\n\nResponda a este email para acrescentar detalhes ao ticket.',
  },
  it: {
    subject: '[{company}] Ticket #{ref} creato',
    body: 'Ciao {name},\n\nabbiamo ricevuto la tua richiesta e aperto il ticket #{ref}. Un operatore ti risponderà il prima possibile.\n\nLa tua richiesta:\n{message}\n\nRispondi a questa e-mail per aggiungere dettagli al ticket.',
  },
  nl: {
    subject: '[{company}] Ticket #{ref} aangemaakt',
    body: 'Hoi {name},\n\nwe hebben je verzoek ontvangen en ticket #{ref} geopend. Een medewerker antwoordt zo snel mogelijk.\n\nJe verzoek:\n{message}\n\nBeantwoord deze e-mail om details aan het ticket toe te voegen.',
  },
}

/** InvGate Service Desk: "your request has been created" notice to the requester. en */
export const INVGATE: PerLang<Wording> = {
  en: {
    subject: 'Request #{ref} has been created',
    body: 'Hello {name},\n\nYour request "{message}" was registered with number #{ref}.\n\nYou can follow its progress and talk to the agents from the {company} service portal.\n\nThis is an automatic notification.',
  },
  de: {
    subject: 'Anfrage #{ref} wurde erstellt',
    body: 'Hallo {name},\n\nIhre Anfrage „{message}“ wurde unter der Nummer #{ref} registriert.\n\nIm Serviceportal von {company} können Sie den Fortschritt verfolgen und mit den Bearbeitern schreiben.\n\nDies ist eine automatische Benachrichtigung.',
  },
  fr: {
    subject: 'La demande #{ref} a été créée',
    body: 'Bonjour {name},\n\nVotre demande « {message} » a été enregistrée sous le numéro #{ref}.\n\nVous pouvez suivre son avancement et échanger avec les agents depuis le portail de service {company}.\n\nCeci est une notification automatique.',
  },
  es: {
    subject: 'Se ha creado la solicitud #{ref}',
    body: 'Hola {name}:\n\nTu solicitud "{message}" se ha registrado con el número #{ref}.\n\nPuedes seguir su avance y hablar con los agentes desde el portal de servicio de {company}.\n\nEsta es una notificación automática.',
  },
  pt: {
    subject: 'O pedido #{ref} foi criado',
    body: 'Olá {name},\n\nO seu pedido "{message}" foi registado com o número #{ref}.\n\nPode acompanhar o progresso e falar com os agentes no portal de serviço da {company}.\n\nEsta é uma notificação automática.',
  },
  it: {
    subject: 'La richiesta #{ref} è stata creata',
    body: 'Ciao {name},\n\nla tua richiesta "{message}" è stata registrata con il numero #{ref}.\n\nPuoi seguirne l’avanzamento e scrivere agli operatori dal portale di servizio {company}.\n\nQuesta è una notifica automatica.',
  },
  nl: {
    subject: 'Verzoek #{ref} is aangemaakt',
    body: 'Hallo {name},\n\nJe verzoek "{message}" is geregistreerd onder nummer #{ref}.\n\nVia het serviceportaal van {company} volg je de voortgang en praat je met de behandelaars.\n\nDit is een automatische melding.',
  },
}

/** Quform (WordPress form builder): the auto-reply to the sender, with the submitted values. en */
export const QUFORM: PerLang<Wording> = {
  en: {
    subject: 'Thanks for your message',
    body: 'Thank you for contacting us, {name}. We have received your message and will be in touch soon.\n\nName: {name}\nEmail: {email}\nMessage: {message}',
  },
  de: {
    subject: 'Danke für Ihre Nachricht',
    body: 'Vielen Dank für Ihre Kontaktaufnahme, {name}. Wir haben Ihre Nachricht erhalten und melden uns bald.\n\nName: {name}\nE-Mail: {email}\nNachricht: {message}',
  },
  fr: {
    subject: 'Merci pour votre message',
    body: 'Merci de nous avoir contactés, {name}. Nous avons bien reçu votre message et reviendrons vers vous rapidement.\n\nNom : {name}\nE-mail : {email}\nMessage : {message}',
  },
  es: {
    subject: 'Gracias por tu mensaje',
    body: 'Gracias por ponerte en contacto, {name}. Hemos recibido tu mensaje y te responderemos pronto.\n\nNombre: {name}\nCorreo: {email}\nMensaje: {message}',
  },
  pt: {
    subject: 'Obrigado pela sua mensagem',
    body: 'Obrigado pelo contacto, {name}. Recebemos a sua mensagem e responderemos em breve.\n\nNome: {name}\nEmail: {email}\nMensagem: {message}',
  },
  it: {
    subject: 'Grazie per il tuo messaggio',
    body: 'Grazie per averci contattato, {name}. Abbiamo ricevuto il tuo messaggio e ti risponderemo presto.\n\nNome: {name}\nE-mail: {email}\nMessaggio: {message}',
  },
  nl: {
    subject: 'Bedankt voor je bericht',
    body: 'Bedankt voor je bericht, {name}. We hebben het ontvangen en nemen snel contact op.\n\nNaam: {name}\nE-mail: {email}\nBericht: {message}',
  },
}

/** Formcarry (hosted form endpoint): its auto-response to the person who submitted. en */
export const FORMCARRY: PerLang<Wording> = {
  en: {
    subject: 'We received your submission',
    body: 'Hey {name}, thanks for reaching out to {company}!\n\nHere is a copy of what you submitted:\n- name: {name}\n- email: {email}\n- message: {message}\n\nWe will get back to you shortly.',
  },
  de: {
    subject: 'Wir haben deine Einsendung erhalten',
    body: 'Hey {name}, danke, dass du dich bei {company} meldest!\n\nHier eine Kopie deiner Angaben:\n- name: {name}\n- email: {email}\n- message: {message}\n\nWir melden uns in Kürze.',
  },
  fr: {
    subject: 'Nous avons reçu votre envoi',
    body: 'Bonjour {name}, merci d’avoir contacté {company} !\n\nVoici une copie de votre envoi :\n- name : {name}\n- email : {email}\n- message : {message}\n\nNous revenons vers vous très vite.',
  },
  es: {
    subject: 'Hemos recibido tu envío',
    body: '¡Hola {name}, gracias por escribir a {company}!\n\nEsta es una copia de lo que enviaste:\n- name: {name}\n- email: {email}\n- message: {message}\n\nTe responderemos en breve.',
  },
  pt: {
    subject: 'Recebemos o seu envio',
    body: 'Olá {name}, obrigado por contactar a {company}!\n\nAqui está uma cópia do que enviou:\n- name: {name}\n- email: {email}\n- message: {message}\n\nResponderemos em breve.',
  },
  it: {
    subject: 'Abbiamo ricevuto il tuo invio',
    body: 'Ciao {name}, grazie per aver scritto a {company}!\n\nEcco una copia di ciò che hai inviato:\n- name: {name}\n- email: {email}\n- message: {message}\n\nTi risponderemo a breve.',
  },
  nl: {
    subject: 'We hebben je inzending ontvangen',
    body: 'Hoi {name}, bedankt voor je bericht aan {company}!\n\nHier is een kopie van wat je hebt ingevuld:\n- name: {name}\n- email: {email}\n- message: {message}\n\nWe komen snel bij je terug.',
  },
}
