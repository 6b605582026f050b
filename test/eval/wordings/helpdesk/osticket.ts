// osTicket (open source, GPL-2.0): the new-ticket auto-response of its default English email
// templates, and the wording of its community translations for de, fr, es, it.
import type { Product } from '../types.ts'

export const osticket: Product = {
  family: 'helpdesk',
  product: 'osTicket',
  source: 'osTicket include/i18n/<lang>/templates/email/ticket.autoresp (default template set)',
  senders: [
    { shape: 'own', local: 'support', name: '{company} Support' },
    { shape: 'own', local: 'helpdesk', name: '{company}' },
  ],
  id: (n) => String(100_000 + (n % 899_999)),
  texts: {
    en: [
      {
        subject: 'Support Ticket Opened [#{id}]',
        body: "{name},\n\nA request for support has been created and assigned #{id}. A representative will follow-up with you as soon as possible. You can view this ticket's progress online.\n\nYour {company} Team,\n\nIf you wish to provide additional comments or information regarding the issue, please reply to this email or login to your account for a complete archive of your support requests.",
      },
    ],
    de: [
      {
        subject: 'Support-Ticket eröffnet [#{id}]',
        body: '{name},\n\neine Supportanfrage wurde erstellt und unter der Nummer #{id} erfasst. Ein Mitarbeiter wird sich so bald wie möglich bei Ihnen melden. Sie können den Fortschritt des Tickets online verfolgen.\n\nIhr {company} Team',
      },
    ],
    fr: [
      {
        subject: 'Ticket d’assistance ouvert [#{id}]',
        body: '{name},\n\nUne demande d’assistance a été créée sous le numéro #{id}. Un représentant vous répondra dès que possible. Vous pouvez suivre l’avancement de ce ticket en ligne.\n\nL’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Ticket de soporte abierto [#{id}]',
        body: '{name},\n\nSe ha creado una solicitud de soporte con el número #{id}. Un representante se pondrá en contacto con usted lo antes posible. Puede consultar el progreso del ticket en línea.\n\nEl equipo de {company}',
      },
    ],
    it: [
      {
        subject: 'Ticket di assistenza aperto [#{id}]',
        body: '{name},\n\nè stata creata una richiesta di assistenza con il numero #{id}. Un operatore ti contatterà il prima possibile. Puoi seguire l’avanzamento del ticket online.\n\nIl team {company}',
      },
    ],
  },
}
