// Helpdesk products new to every set. Wording from memory of each product's documented default
// (rendered in our own words; languages the product does not ship are our own rendering).
import type { Product } from './types.ts'

/** source: Dolibarr ERP/CRM, Ticket module, public interface "ticket created" notification
 * (langs/<lang>/ticket.lang, TicketNewEmailSubject / TicketNewEmailBody); Dolibarr ships all seven. */
export const DOLIBARR: Product = {
  family: 'helpdesk',
  product: 'Dolibarr Ticket',
  sender: 'own',
  texts: {
    en: {
      subject: '[{company}] Ticket creation confirmation - Ref {ref}',
      body: 'This is an automatic email to confirm you have registered a new ticket.\n\nSubject: {echo}\n\nTo follow the progress of the ticket, click the link: {link}\n\nThe ticket tracking ID is {ref}.',
    },
    de: {
      subject: '[{company}] Bestätigung der Ticketerstellung - Ref {ref}',
      body: 'Dies ist eine automatische E-Mail zur Bestätigung, dass Sie ein neues Ticket erfasst haben.\n\nBetreff: {echo}\n\nDen Fortschritt verfolgen Sie über den Link: {link}',
    },
    fr: {
      subject: '[{company}] Confirmation de création de ticket - Réf {ref}',
      body: 'Ceci est un e-mail automatique pour confirmer l’enregistrement d’un nouveau ticket.\n\nSujet : {echo}\n\nPour suivre l’avancement du ticket, cliquez sur le lien : {link}',
    },
    es: {
      subject: '[{company}] Confirmación de creación de ticket - Ref {ref}',
      body: 'Este es un correo automático para confirmar que ha registrado un nuevo ticket.\n\nAsunto: {echo}\n\nPara seguir el progreso del ticket, pulse el enlace: {link}',
    },
    pt: {
      subject: '[{company}] Confirmação de criação de ticket - Ref {ref}',
      body: 'Este é um e-mail automático para confirmar que registou um novo ticket.\n\nAssunto: {echo}\n\nPara acompanhar o ticket, clique no link: {link}',
    },
    it: {
      subject: '[{company}] Conferma creazione ticket - Rif {ref}',
      body: 'Questa è una email automatica per confermare la registrazione di un nuovo ticket.\n\nOggetto: {echo}\n\nPer seguire l’avanzamento del ticket, clicca sul link: {link}',
    },
    nl: {
      subject: '[{company}] Bevestiging aanmaken ticket - Ref {ref}',
      body: 'Dit is een automatische e-mail ter bevestiging dat u een nieuw ticket hebt aangemaakt.\n\nOnderwerp: {echo}\n\nVolg de voortgang van het ticket via de link: {link}',
    },
  },
}

/** source: Vtiger CRM HelpDesk, default workflow "Ticket Creation: Send Email to Record Contact"
 * (English template only; the other languages are our own rendering). Display name only. */
export const VTIGER: Product = {
  family: 'helpdesk',
  product: 'Vtiger CRM HelpDesk',
  sender: 'display',
  texts: {
    en: {
      subject: 'TT{ref} [Ticket Id: {ref}] {echo}',
      body: 'Dear {name},\n\nThe ticket has been created with the following details.\nTicket No: TT{ref}\nTitle: {echo}\nStatus: Open\n\nThank you,\n{company} Support Team',
    },
    de: {
      subject: 'TT{ref} [Ticket-ID: {ref}] {echo}',
      body: 'Hallo {name},\n\ndas Ticket wurde mit folgenden Angaben angelegt.\nTicket-Nr.: TT{ref}\nTitel: {echo}\nStatus: Offen\n\n{company} Support',
    },
    fr: {
      subject: 'TT{ref} [Ticket : {ref}] {echo}',
      body: 'Bonjour {name},\n\nLe ticket a été créé avec les informations suivantes.\nN° de ticket : TT{ref}\nTitre : {echo}\nStatut : Ouvert\n\nSupport {company}',
    },
    es: {
      subject: 'TT{ref} [Ticket: {ref}] {echo}',
      body: 'Hola {name}:\n\nSe ha creado el ticket con estos datos.\nN.º de ticket: TT{ref}\nTítulo: {echo}\nEstado: Abierto\n\nSoporte {company}',
    },
    pt: {
      subject: 'TT{ref} [Ticket: {ref}] {echo}',
      body: 'Olá {name},\n\nO ticket foi criado com os seguintes dados.\nN.º do ticket: TT{ref}\nTítulo: {echo}\nEstado: Aberto\n\nSuporte {company}',
    },
    it: {
      subject: 'TT{ref} [Ticket: {ref}] {echo}',
      body: 'Ciao {name},\n\nil ticket è stato creato con i seguenti dati.\nN. ticket: TT{ref}\nTitolo: {echo}\nStato: Aperto\n\nSupporto {company}',
    },
    nl: {
      subject: 'TT{ref} [Ticket: {ref}] {echo}',
      body: 'Beste {name},\n\nHet ticket is aangemaakt met de volgende gegevens.\nTicketnr.: TT{ref}\nTitel: {echo}\nStatus: Open\n\nSupport {company}',
    },
  },
}
