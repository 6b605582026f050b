import { w, type Product } from '../types.ts'

// Freshservice requester notification "New Ticket Created" (Admin > Email Notifications >
// Requester Notifications), Freshservice support article "Email notification templates".
export const freshservice: Product = {
  product: 'Freshservice',
  family: 'helpdesk',
  source: 'Freshservice Admin > Email Notifications, requester notification "New Ticket Created"',
  ticket: 'SR-####',
  hosted: 'support@{slug}.freshservice.com',
  fromName: '{company} Service Desk',
  texts: {
    en: [
      w(
        'Ticket Received - {subject}',
        `Dear {name},\n\nWe would like to acknowledge that we have received your request and a ticket has been created with Ticket ID - #{ticket}.\nA technician will review and respond to your request shortly.\n\nTo view the status of the ticket or add comments, please visit\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nThank you for your patience.\n\nSincerely,\n{company} Support Team`,
      ),
    ],
    de: [
      w(
        'Ticket erhalten - {subject}',
        `Hallo {name},\n\nwir bestätigen den Eingang Ihrer Anfrage. Es wurde ein Ticket mit der Ticket-ID #{ticket} erstellt.\nEin Techniker wird Ihre Anfrage prüfen und sich in Kürze bei Ihnen melden.\n\nDen Status des Tickets können Sie hier einsehen oder Kommentare hinzufügen:\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nVielen Dank für Ihre Geduld.\n\nIhr {company} Support-Team`,
      ),
    ],
    fr: [
      w(
        'Ticket reçu - {subject}',
        `Bonjour {name},\n\nNous accusons réception de votre demande ; un ticket a été créé avec l’identifiant #{ticket}.\nUn technicien va examiner votre demande et vous répondre sous peu.\n\nPour suivre l’état du ticket ou ajouter un commentaire :\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nMerci de votre patience.\n\nL’équipe support {company}`,
      ),
    ],
    es: [
      w(
        'Ticket recibido - {subject}',
        `Hola {name}:\n\nLe confirmamos que hemos recibido su solicitud y se ha creado un ticket con el ID #{ticket}.\nUn técnico revisará su solicitud y le responderá en breve.\n\nPara ver el estado del ticket o añadir comentarios, visite\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nGracias por su paciencia.\n\nEl equipo de soporte de {company}`,
      ),
    ],
    pt: [
      w(
        'Ticket recebido - {subject}',
        `Olá, {name},\n\nConfirmamos o recebimento da sua solicitação e um ticket foi criado com o ID #{ticket}.\nUm técnico analisará sua solicitação e responderá em breve.\n\nPara acompanhar o status do ticket ou adicionar comentários, acesse\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nObrigado pela paciência.\n\nEquipe de suporte {company}`,
      ),
    ],
    it: [
      w(
        'Ticket ricevuto - {subject}',
        `Gentile {name},\n\nconfermiamo di aver ricevuto la tua richiesta ed è stato creato un ticket con ID #{ticket}.\nUn tecnico esaminerà la richiesta e ti risponderà a breve.\n\nPer vedere lo stato del ticket o aggiungere commenti visita\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nGrazie per la pazienza.\n\nIl team di supporto {company}`,
      ),
    ],
    nl: [
      w(
        'Ticket ontvangen - {subject}',
        `Beste {name},\n\nWe bevestigen dat we uw verzoek hebben ontvangen. Er is een ticket aangemaakt met ticket-ID #{ticket}.\nEen technicus bekijkt uw verzoek en reageert zo snel mogelijk.\n\nBekijk de status van het ticket of voeg een opmerking toe via\nhttps://{slug}.freshservice.com/support/tickets/{code}\n\nBedankt voor uw geduld.\n\nHet supportteam van {company}`,
      ),
    ],
  },
}
