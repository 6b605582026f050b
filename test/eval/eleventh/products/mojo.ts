// Mojo Helpdesk: the automatic response to a new ticket ("Your request has been received"),
// sent from the company's <name>.mojohelpdesk.com address. Source: reconstruction of Mojo's
// default new-ticket auto-response. Sites that translate only the body keep the English subject
// (es, it, nl here), so subject and body differ in language on purpose.
import type { Product } from '../product.ts'

export const MOJO: Product = {
  product: 'Mojo Helpdesk',
  family: 'helpdesk',
  source: 'Mojo Helpdesk default new-ticket auto-response (reconstruction)',
  hosted: (c) => `support@${c.slug}.mojohelpdesk.com`,
  ownLocal: 'support',
  texts: {
    en: {
      subject: '[{company}] {subject}',
      body: 'Hi {name},\n\nYour request has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email. You can view your ticket #{ticket} at {link}\n\n--\n{company} Helpdesk',
    },
    de: {
      subject: '[{company}] {subject}',
      body: 'Hallo {name},\n\nIhre Anfrage ist eingegangen und wird von unserem Support-Team geprüft.\n\nWeitere Kommentare können Sie durch eine Antwort auf diese E-Mail hinzufügen. Ihr Ticket #{ticket} finden Sie unter {link}\n\n--\n{company} Helpdesk',
    },
    fr: {
      subject: '[{company}] {subject}',
      body: "Bonjour {name},\n\nVotre demande a bien été reçue et est en cours d'examen par notre équipe d'assistance.\n\nPour ajouter un commentaire, répondez à ce courriel. Vous pouvez consulter votre ticket #{ticket} sur {link}\n\n--\nAssistance {company}",
    },
    es: {
      subject: 'Your request has been received: {subject}',
      body: 'Hola {name}:\n\nHemos recibido su solicitud y nuestro equipo de soporte la está revisando.\n\nPara añadir comentarios, responda a este correo. Puede ver su ticket #{ticket} en {link}\n\n--\nSoporte {company}',
    },
    pt: {
      subject: '[{company}] {subject}',
      body: 'Olá {name},\n\nRecebemos o seu pedido, que está a ser analisado pela nossa equipa de apoio.\n\nPara acrescentar comentários, responda a este e-mail. Pode consultar o seu ticket #{ticket} em {link}\n\n--\nApoio {company}',
    },
    it: {
      subject: 'Your request has been received: {subject}',
      body: 'Ciao {name},\n\nabbiamo ricevuto la tua richiesta e il nostro staff di supporto la sta esaminando.\n\nPer aggiungere commenti rispondi a questa e-mail. Puoi vedere il ticket #{ticket} su {link}\n\n--\nHelpdesk {company}',
    },
    nl: {
      subject: 'Your request has been received: {subject}',
      body: 'Hoi {name},\n\nWe hebben je verzoek ontvangen en ons supportteam bekijkt het.\n\nWil je iets toevoegen? Beantwoord dan deze e-mail. Je ticket #{ticket} vind je op {link}\n\n--\n{company} Helpdesk',
    },
  },
}
