import { w, type Product } from '../types.ts'

// HubSpot Service Hub help desk / inbox: the ticket confirmation email sent to the visitor when a
// form or email channel creates a ticket (HubSpot Knowledge Base, "Send a confirmation email to
// customers when a ticket is created"). Reconstructed; HubSpot lets each portal edit it.
export const hubspotService: Product = {
  product: 'HubSpot Service Hub',
  family: 'helpdesk',
  source: 'HubSpot Knowledge Base, help desk ticket confirmation email',
  ticket: '#########',
  texts: {
    en: [
      w(
        'We’ve received your request [#{ticket}]',
        `Hi {name},\n\nThanks for reaching out to {company}. This is an automated message to let you know we’ve received your request and created ticket #{ticket}.\n\nYour request: {subject}\n\nOur team will get back to you as soon as possible. Reply to this email to add more details.\n\nThe {company} team`,
      ),
    ],
    de: [
      w(
        'Wir haben Ihre Anfrage erhalten [#{ticket}]',
        `Hallo {name},\n\ndanke, dass Sie sich an {company} gewandt haben. Dies ist eine automatische Nachricht: Wir haben Ihre Anfrage erhalten und das Ticket #{ticket} erstellt.\n\nIhre Anfrage: {subject}\n\nUnser Team meldet sich so schnell wie möglich. Antworten Sie auf diese E-Mail, um weitere Details hinzuzufügen.\n\nIhr {company}-Team`,
      ),
    ],
    fr: [
      w(
        'Nous avons bien reçu votre demande [#{ticket}]',
        `Bonjour {name},\n\nMerci d’avoir contacté {company}. Ceci est un message automatique pour vous informer que nous avons reçu votre demande et créé le ticket #{ticket}.\n\nVotre demande : {subject}\n\nNotre équipe vous répondra dès que possible. Répondez à cet e-mail pour ajouter des précisions.\n\nL’équipe {company}`,
      ),
    ],
    es: [
      w(
        'Hemos recibido tu solicitud [#{ticket}]',
        `Hola {name}:\n\nGracias por contactar con {company}. Este es un mensaje automático para informarte de que hemos recibido tu solicitud y creado el ticket #{ticket}.\n\nTu solicitud: {subject}\n\nNuestro equipo te responderá lo antes posible. Responde a este correo para añadir más detalles.\n\nEl equipo de {company}`,
      ),
    ],
    pt: [
      w(
        'Recebemos sua solicitação [#{ticket}]',
        `Olá, {name},\n\nObrigado por entrar em contato com a {company}. Esta é uma mensagem automática para informar que recebemos sua solicitação e criamos o ticket #{ticket}.\n\nSua solicitação: {subject}\n\nNossa equipe responderá o mais rápido possível. Responda a este e-mail para acrescentar detalhes.\n\nEquipe {company}`,
      ),
    ],
    it: [
      w(
        'Abbiamo ricevuto la tua richiesta [#{ticket}]',
        `Ciao {name},\n\ngrazie per aver contattato {company}. Questo è un messaggio automatico per informarti che abbiamo ricevuto la tua richiesta e creato il ticket #{ticket}.\n\nLa tua richiesta: {subject}\n\nIl nostro team ti risponderà il prima possibile. Rispondi a questa e-mail per aggiungere dettagli.\n\nIl team {company}`,
      ),
    ],
    nl: [
      w(
        'We hebben je aanvraag ontvangen [#{ticket}]',
        `Hoi {name},\n\nBedankt voor je bericht aan {company}. Dit is een automatisch bericht om te laten weten dat we je aanvraag hebben ontvangen en ticket #{ticket} hebben aangemaakt.\n\nJe aanvraag: {subject}\n\nOns team reageert zo snel mogelijk. Beantwoord deze e-mail om meer details toe te voegen.\n\nHet {company}-team`,
      ),
    ],
  },
}
