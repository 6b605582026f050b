// Trudesk: the new-ticket mail to the requester ("Ticket #<uid> Created"), an HTML template that
// webmail turns into text with its table labels and a footer. Source: reconstruction of the
// default "new-ticket" template of the open-source Trudesk helpdesk; the non-English texts are
// a site's own translations (Trudesk's mail templates ship in English).
import type { Product } from '../product.ts'

export const TRUDESK: Product = {
  product: 'Trudesk',
  family: 'helpdesk',
  source: 'Trudesk default "new-ticket" email template (reconstruction)',
  hosted: (c) => `trudesk@${c.slug}.trudesk.io`,
  ownLocal: 'tickets',
  texts: {
    en: {
      subject: 'Ticket #{ticket} Created',
      body: 'New Ticket\n\nHi {name}, a new ticket has been created for your request.\n\nTicket Number | #{ticket}\nSubject | {subject}\nStatus | New\n\nView Ticket: {link}\n\nPowered by Trudesk · {company}',
    },
    de: {
      subject: 'Ticket #{ticket} erstellt',
      body: 'Neues Ticket\n\nHallo {name}, zu Ihrer Anfrage wurde ein neues Ticket erstellt.\n\nTicketnummer | #{ticket}\nBetreff | {subject}\nStatus | Neu\n\nTicket ansehen: {link}\n\nPowered by Trudesk · {company}',
    },
    fr: {
      subject: 'Ticket #{ticket} créé',
      body: 'Nouveau ticket\n\nBonjour {name}, un nouveau ticket a été créé pour votre demande.\n\nNuméro | #{ticket}\nObjet | {subject}\nStatut | Nouveau\n\nVoir le ticket : {link}\n\nPowered by Trudesk · {company}',
    },
    es: {
      subject: 'Ticket #{ticket} creado',
      body: 'Nuevo ticket\n\nHola {name}, se ha creado un nuevo ticket para tu solicitud.\n\nNúmero | #{ticket}\nAsunto | {subject}\nEstado | Nuevo\n\nVer ticket: {link}\n\nPowered by Trudesk · {company}',
    },
    pt: {
      subject: 'Ticket #{ticket} criado',
      body: 'Novo ticket\n\nOlá {name}, foi criado um novo ticket para o seu pedido.\n\nNúmero | #{ticket}\nAssunto | {subject}\nEstado | Novo\n\nVer ticket: {link}\n\nPowered by Trudesk · {company}',
    },
    it: {
      subject: 'Ticket #{ticket} creato',
      body: 'Nuovo ticket\n\nCiao {name}, è stato creato un nuovo ticket per la tua richiesta.\n\nNumero | #{ticket}\nOggetto | {subject}\nStato | Nuovo\n\nVedi ticket: {link}\n\nPowered by Trudesk · {company}',
    },
    nl: {
      subject: 'Ticket #{ticket} aangemaakt',
      body: 'Nieuw ticket\n\nHallo {name}, er is een nieuw ticket aangemaakt voor je verzoek.\n\nNummer | #{ticket}\nOnderwerp | {subject}\nStatus | Nieuw\n\nTicket bekijken: {link}\n\nPowered by Trudesk · {company}',
    },
  },
}
