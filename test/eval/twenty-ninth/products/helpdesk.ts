// Helpdesk ticket acknowledgements of two products no earlier set used, written from memory of
// their documented defaults in our own words.
import type { Product } from './types.ts'

// Blesta Support Manager, "Ticket Received" email template (docs.blesta.com, Support Manager
// plugin, email templates). English is the shipped default; the others are our rendering.
export const BLESTA: Product = {
  family: 'helpdesk',
  product: 'Blesta Support Manager',
  sender: 'own',
  texts: {
    en: {
      subject: 'Ticket #{ref} received: {p}',
      body: 'We have received your ticket #{ref} and a member of our staff will reply as soon as possible.\n\nSubject: {p}\n\nYou can reply to this email or view the ticket in the client area: {link}\n\n{c}',
    },
    de: {
      subject: 'Ticket #{ref} eingegangen: {p}',
      body: 'Ihr Ticket #{ref} ist bei uns eingegangen. Ein Mitarbeiter meldet sich so bald wie möglich.\n\nBetreff: {p}\n\nAntworten Sie auf diese E-Mail oder öffnen Sie das Ticket im Kundenbereich: {link}\n\n{c}',
    },
    fr: {
      subject: 'Ticket n° {ref} reçu : {p}',
      body: 'Nous avons bien reçu votre ticket n° {ref}. Un membre de notre équipe vous répondra au plus vite.\n\nObjet : {p}\n\nRépondez à ce message ou consultez le ticket dans votre espace client : {link}\n\n{c}',
    },
    es: {
      subject: 'Ticket #{ref} recibido: {p}',
      body: 'Hemos recibido tu ticket #{ref}. Un miembro del equipo te responderá lo antes posible.\n\nAsunto: {p}\n\nPuedes responder a este correo o ver el ticket en el área de clientes: {link}\n\n{c}',
    },
    pt: {
      subject: 'Ticket #{ref} recebido: {p}',
      body: 'Recebemos o seu ticket #{ref}. Um membro da nossa equipa responderá assim que possível.\n\nAssunto: {p}\n\nResponda a este e-mail ou veja o ticket na área de cliente: {link}\n\n{c}',
    },
    it: {
      subject: 'Ticket #{ref} ricevuto: {p}',
      body: 'Abbiamo ricevuto il tuo ticket #{ref}. Un membro del nostro staff ti risponderà il prima possibile.\n\nOggetto: {p}\n\nRispondi a questa email o consulta il ticket nell’area clienti: {link}\n\n{c}',
    },
    nl: {
      subject: 'Ticket #{ref} ontvangen: {p}',
      body: 'We hebben je ticket #{ref} ontvangen. Een medewerker reageert zo snel mogelijk.\n\nOnderwerp: {p}\n\nBeantwoord deze e-mail of bekijk het ticket in de klantenzone: {link}\n\n{c}',
    },
  },
}

// HostBill, "Ticket Opened" client notification (hostbillapp.com documentation, email
// templates, support section). English from the documented default; others our rendering.
export const HOSTBILL: Product = {
  family: 'helpdesk',
  product: 'HostBill Ticket Opened',
  sender: 'hosted',
  texts: {
    en: {
      subject: '[Ticket ID: {ref}] {p}',
      body: 'Dear customer,\n\nThank you for contacting our support team. A support ticket has been opened for your request. You will be notified when a response is made by email.\n\nTicket ID: {ref}\nSubject: {p}\nStatus: Open\n\n{link}',
    },
    de: {
      subject: '[Ticket-ID: {ref}] {p}',
      body: 'Sehr geehrte Kundin, sehr geehrter Kunde,\n\ndanke, dass Sie unser Support-Team kontaktiert haben. Für Ihre Anfrage wurde ein Ticket eröffnet. Sie werden per E-Mail benachrichtigt, sobald eine Antwort vorliegt.\n\nTicket-ID: {ref}\nBetreff: {p}\nStatus: Offen\n\n{link}',
    },
    fr: {
      subject: '[Ticket ID : {ref}] {p}',
      body: 'Cher client,\n\nMerci d’avoir contacté notre support. Un ticket a été ouvert pour votre demande. Vous serez averti par e-mail dès qu’une réponse sera publiée.\n\nTicket : {ref}\nSujet : {p}\nStatut : ouvert\n\n{link}',
    },
    es: {
      subject: '[ID de ticket: {ref}] {p}',
      body: 'Estimado cliente:\n\nGracias por contactar con nuestro equipo de soporte. Se ha abierto un ticket para su solicitud. Le avisaremos por correo cuando haya una respuesta.\n\nTicket: {ref}\nAsunto: {p}\nEstado: abierto\n\n{link}',
    },
    pt: {
      subject: '[ID do ticket: {ref}] {p}',
      body: 'Prezado cliente,\n\nObrigado por contatar nosso suporte. Um ticket foi aberto para a sua solicitação. Você será avisado por e-mail quando houver resposta.\n\nTicket: {ref}\nAssunto: {p}\nStatus: aberto\n\n{link}',
    },
    it: {
      subject: '[ID ticket: {ref}] {p}',
      body: 'Gentile cliente,\n\ngrazie per aver contattato il nostro supporto. È stato aperto un ticket per la tua richiesta. Riceverai una email quando ci sarà una risposta.\n\nTicket: {ref}\nOggetto: {p}\nStato: aperto\n\n{link}',
    },
    nl: {
      subject: '[Ticket-ID: {ref}] {p}',
      body: 'Beste klant,\n\nBedankt voor je bericht aan ons supportteam. Er is een ticket geopend voor je aanvraag. Je krijgt een e-mail zodra er een antwoord is.\n\nTicket: {ref}\nOnderwerp: {p}\nStatus: open\n\n{link}',
    },
  },
}
