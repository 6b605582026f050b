// Freshdesk: the default requester notification "New Ticket Created" (Admin > Email
// notifications), subject "Ticket Received - {{ticket.subject}}", as Freshdesk documents it;
// portal languages translated the way Freshdesk accounts in those markets word it.
import type { Product } from '../types.ts'

export const freshdesk: Product = {
  family: 'helpdesk',
  product: 'Freshdesk',
  source: 'Freshdesk support article "Requester notifications": New Ticket Created default text',
  senders: [
    { shape: 'hosted', host: 'freshdesk.com', local: 'support', name: '{company}' },
    { shape: 'hosted', host: 'freshdesk.com', local: 'support', name: '{company} Support' },
    { shape: 'own', local: 'help', name: '{company} Helpdesk' },
  ],
  id: (n) => String(1_000 + (n % 98_000)),
  texts: {
    en: [
      {
        subject: 'Ticket Received - {payload}',
        body: 'Dear {name},\n\nWe would like to acknowledge that we have received your request and a ticket has been created.\nA support representative will be reviewing your request and will send you a personal response (usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit\n{url}\n\nThank you for your patience.\n\nSincerely,\n{company} Support Team',
      },
    ],
    de: [
      {
        subject: 'Ticket erhalten - {payload}',
        body: 'Hallo {name},\n\nwir bestätigen den Eingang Ihrer Anfrage; ein Ticket (#{id}) wurde erstellt.\nEin Mitarbeiter unseres Supports wird Ihre Anfrage prüfen und Ihnen persönlich antworten (in der Regel innerhalb von 24 Stunden).\n\nDen Status des Tickets sehen Sie hier: {url}\n\nVielen Dank für Ihre Geduld.\n\nMit freundlichen Grüßen\nIhr {company} Support-Team',
      },
    ],
    fr: [
      {
        subject: 'Ticket reçu - {payload}',
        body: 'Bonjour {name},\n\nNous accusons réception de votre demande ; un ticket (#{id}) a été créé.\nUn membre de notre équipe d’assistance examinera votre demande et vous répondra personnellement (généralement sous 24 heures).\n\nPour consulter l’état du ticket ou ajouter un commentaire : {url}\n\nMerci de votre patience.\n\nCordialement,\nL’équipe support {company}',
      },
    ],
    es: [
      {
        subject: 'Ticket recibido - {payload}',
        body: 'Estimado/a {name}:\n\nLe confirmamos que hemos recibido su solicitud y se ha creado un ticket (#{id}).\nUn agente de soporte revisará su solicitud y le enviará una respuesta personal (normalmente en 24 horas).\n\nPara ver el estado del ticket o añadir comentarios, visite {url}\n\nGracias por su paciencia.\n\nAtentamente,\nEquipo de soporte de {company}',
      },
    ],
    pt: [
      {
        subject: 'Ticket recebido - {payload}',
        body: 'Olá {name},\n\nConfirmamos o recebimento da sua solicitação e um ticket (#{id}) foi criado.\nUm representante do suporte analisará sua solicitação e enviará uma resposta pessoal (geralmente em até 24 horas).\n\nPara ver o status do ticket ou adicionar comentários, acesse {url}\n\nObrigado pela paciência.\n\nAtenciosamente,\nEquipe de Suporte {company}',
      },
    ],
    it: [
      {
        subject: 'Ticket ricevuto - {payload}',
        body: 'Gentile {name},\n\nconfermiamo di aver ricevuto la tua richiesta ed è stato creato un ticket (#{id}).\nUn operatore dell’assistenza esaminerà la richiesta e ti risponderà personalmente (di solito entro 24 ore).\n\nPer vedere lo stato del ticket o aggiungere commenti visita {url}\n\nGrazie per la pazienza.\n\nCordiali saluti,\nIl team di assistenza {company}',
      },
    ],
    nl: [
      {
        subject: 'Ticket ontvangen - {payload}',
        body: 'Beste {name},\n\nWe bevestigen dat we je verzoek hebben ontvangen; er is een ticket (#{id}) aangemaakt.\nEen supportmedewerker bekijkt je verzoek en stuurt je een persoonlijk antwoord (meestal binnen 24 uur).\n\nDe status van het ticket bekijken of een opmerking toevoegen: {url}\n\nBedankt voor je geduld.\n\nMet vriendelijke groet,\nHet supportteam van {company}',
      },
    ],
  },
}
