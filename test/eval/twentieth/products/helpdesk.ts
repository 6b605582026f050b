// Helpdesk ticket acknowledgements of two products no earlier set used.
import type { Product } from './types.ts'

// Source: OTRS / Znuny auto response "default reply (after new ticket has been created)", the
// sample text the installer ships (it says it is a sample), with the "[Ticket#<number>] RE:"
// subject the ticket hook gives; the 16-digit number is date-based. The installer writes the
// sample in English; the other six are our rendering.
export const OTRS_REPLY: Product = {
  family: 'helpdesk',
  product: 'OTRS / Znuny default auto reply',
  shipped: ['en'],
  texts: {
    en: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: 'This is a sample text that is sent in answer to every request.\nIt might say, for instance:\n\nThank you for your e-mail. Your ticket number is: {ticketlong}\n\nWe will get back to you as soon as we can.\n\nYour Ticket Team\n\n--\n {brand}\n Email: {support} - Web: https://www.{site}/\n--',
    },
    de: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: 'Dies ist ein Beispieltext, der auf jede Anfrage verschickt wird.\nEr könnte etwa so lauten:\n\nVielen Dank für Ihre E-Mail. Ihre Ticketnummer lautet: {ticketlong}\n\nWir melden uns so bald wie möglich bei Ihnen.\n\nIhr Ticket-Team\n\n--\n {brand}\n E-Mail: {support} - Web: https://www.{site}/\n--',
    },
    fr: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: "Ceci est un texte d'exemple envoyé en réponse à chaque demande.\nIl pourrait dire par exemple :\n\nMerci pour votre e-mail. Votre numéro de ticket est : {ticketlong}\n\nNous reviendrons vers vous dès que possible.\n\nVotre équipe Ticket\n\n--\n {brand}\n E-mail : {support} - Web : https://www.{site}/\n--",
    },
    es: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: 'Este es un texto de ejemplo que se envía en respuesta a cada solicitud.\nPodría decir, por ejemplo:\n\nGracias por su correo. Su número de ticket es: {ticketlong}\n\nNos pondremos en contacto con usted lo antes posible.\n\nSu equipo de tickets\n\n--\n {brand}\n Correo: {support} - Web: https://www.{site}/\n--',
    },
    pt: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: 'Este é um texto de exemplo enviado em resposta a cada pedido.\nPoderia dizer, por exemplo:\n\nObrigado pelo seu e-mail. O número do seu ticket é: {ticketlong}\n\nEntraremos em contacto consigo logo que possível.\n\nA sua equipa de tickets\n\n--\n {brand}\n E-mail: {support} - Web: https://www.{site}/\n--',
    },
    it: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: 'Questo è un testo di esempio inviato in risposta a ogni richiesta.\nPotrebbe dire, per esempio:\n\nGrazie per la sua e-mail. Il numero del suo ticket è: {ticketlong}\n\nLa ricontatteremo il prima possibile.\n\nIl suo team ticket\n\n--\n {brand}\n E-mail: {support} - Web: https://www.{site}/\n--',
    },
    nl: {
      subject: '[Ticket#{ticketlong}] RE: {topic}',
      body: 'Dit is een voorbeeldtekst die op elke aanvraag wordt verstuurd.\nHij zou bijvoorbeeld zo kunnen luiden:\n\nBedankt voor uw e-mail. Uw ticketnummer is: {ticketlong}\n\nWij nemen zo snel mogelijk contact met u op.\n\nUw ticketteam\n\n--\n {brand}\n E-mail: {support} - Web: https://www.{site}/\n--',
    },
  },
}

// Source: GLPI notification template "Tickets" for the event "New ticket" (subject
// "[GLPI #<id>] New ticket <title>", a list of the ticket's fields); its field labels come
// from GLPI's locale files, so the product itself prints them in all seven languages.
export const GLPI_NEW_TICKET: Product = {
  family: 'helpdesk',
  product: 'GLPI new ticket notification',
  shipped: ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'],
  texts: {
    en: {
      subject: '[GLPI #{ticket7}] New ticket {topic}',
      body: 'URL : {link}\n\nTicket: Description\n\nTitle : {topic}\nRequesters : {name}\nOpening date : {stamp}\nRequest source : E-Mail\nStatus : New\nUrgency : Medium\nImpact : Medium\nPriority : Medium\nNo defined category\nDescription : {message}\n\nNumber of followups : 0\nNumber of tasks : 0',
    },
    de: {
      subject: '[GLPI #{ticket7}] Neues Ticket {topic}',
      body: 'URL : {link}\n\nTicket: Beschreibung\n\nTitel : {topic}\nAnforderer : {name}\nEröffnungsdatum : {stamp}\nAnfragequelle : E-Mail\nStatus : Neu\nDringlichkeit : Mittel\nAuswirkung : Mittel\nPriorität : Mittel\nKeine Kategorie festgelegt\nBeschreibung : {message}\n\nAnzahl der Folgeaktionen : 0\nAnzahl der Aufgaben : 0',
    },
    fr: {
      subject: '[GLPI #{ticket7}] Nouveau ticket {topic}',
      body: "URL : {link}\n\nTicket : Description\n\nTitre : {topic}\nDemandeurs : {name}\nDate d'ouverture : {stamp}\nSource de la demande : E-Mail\nStatut : Nouveau\nUrgence : Moyenne\nImpact : Moyen\nPriorité : Moyenne\nAucune catégorie définie\nDescription : {message}\n\nNombre de suivis : 0\nNombre de tâches : 0",
    },
    es: {
      subject: '[GLPI #{ticket7}] Nuevo caso {topic}',
      body: 'URL : {link}\n\nCaso: Descripción\n\nTítulo : {topic}\nSolicitantes : {name}\nFecha de apertura : {stamp}\nOrigen de la solicitud : E-Mail\nEstado : Nuevo\nUrgencia : Media\nImpacto : Medio\nPrioridad : Media\nSin categoría definida\nDescripción : {message}\n\nNúmero de seguimientos : 0\nNúmero de tareas : 0',
    },
    pt: {
      subject: '[GLPI #{ticket7}] Novo chamado {topic}',
      body: 'URL : {link}\n\nChamado: Descrição\n\nTítulo : {topic}\nRequerentes : {name}\nData de abertura : {stamp}\nOrigem da requisição : E-Mail\nStatus : Novo\nUrgência : Média\nImpacto : Médio\nPrioridade : Média\nNenhuma categoria definida\nDescrição : {message}\n\nNúmero de acompanhamentos : 0\nNúmero de tarefas : 0',
    },
    it: {
      subject: '[GLPI #{ticket7}] Nuovo ticket {topic}',
      body: 'URL : {link}\n\nTicket: Descrizione\n\nTitolo : {topic}\nRichiedenti : {name}\nData di apertura : {stamp}\nOrigine della richiesta : E-Mail\nStato : Nuovo\nUrgenza : Media\nImpatto : Medio\nPriorità : Media\nNessuna categoria definita\nDescrizione : {message}\n\nNumero di followup : 0\nNumero di attività : 0',
    },
    nl: {
      subject: '[GLPI #{ticket7}] Nieuwe melding {topic}',
      body: 'URL : {link}\n\nMelding: Beschrijving\n\nTitel : {topic}\nAanvragers : {name}\nOpeningsdatum : {stamp}\nBron van aanvraag : E-Mail\nStatus : Nieuw\nUrgentie : Gemiddeld\nImpact : Gemiddeld\nPrioriteit : Gemiddeld\nGeen categorie gedefinieerd\nBeschrijving : {message}\n\nAantal vervolgacties : 0\nAantal taken : 0',
    },
  },
}
