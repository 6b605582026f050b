// Odoo Helpdesk: the stage template "Helpdesk: Ticket Received" sent to the customer when a ticket
// is created from the website form or by mail to the team's alias.
// source: odoo/enterprise helpdesk data "mail_template_ticket_received" ("Your request ... has
// been received and is being reviewed by our ... Team"), with Odoo's translations (reconstructed).
import type { Product } from './product.ts'

export const ODOO_HELPDESK: Product = {
  product: 'Odoo Helpdesk',
  family: 'helpdesk',
  source: 'Odoo Helpdesk mail template "Ticket Received" (stage New)',
  locals: ['helpdesk', 'support', 'catchall'],
  hosted: (c) => `notifications@${c.slug}.odoo.com`,
  channel: 'email',
  ticket: '#####',
  link: (c, token) => `https://${c.slug}.odoo.com/my/ticket/${token.slice(0, 5)}`,
  texts: {
    en: [
      {
        subject: '{title} (#{ticket})',
        body: 'Dear {name},\n\nYour request "{title}" has been received and is being reviewed by our Customer Care team.\nThe reference of your ticket is {ticket}.\n\nTo provide any additional information, simply reply to this email.\n\nView Ticket: {link}\n\nThank you,\nCustomer Care Team\n{company}',
      },
    ],
    de: [
      {
        subject: '{title} (#{ticket})',
        body: 'Hallo {name},\n\nIhre Anfrage „{title}“ ist eingegangen und wird von unserem Kundenservice-Team geprüft.\nDie Referenz Ihres Tickets lautet {ticket}.\n\nWenn Sie weitere Informationen haben, antworten Sie einfach auf diese E-Mail.\n\nTicket ansehen: {link}\n\nVielen Dank\nKundenservice-Team\n{company}',
      },
    ],
    fr: [
      {
        subject: '{title} (#{ticket})',
        body: 'Bonjour {name},\n\nVotre demande « {title} » a bien été reçue et est en cours d’examen par notre équipe Service client.\nLa référence de votre ticket est {ticket}.\n\nPour fournir des informations complémentaires, répondez simplement à cet e-mail.\n\nVoir le ticket : {link}\n\nMerci,\nL’équipe Service client\n{company}',
      },
    ],
    es: [
      {
        subject: '{title} (#{ticket})',
        body: 'Estimado/a {name}:\n\nSu solicitud «{title}» ha sido recibida y nuestro equipo de Atención al cliente la está revisando.\nLa referencia de su ticket es {ticket}.\n\nPara aportar información adicional, responda a este correo.\n\nVer ticket: {link}\n\nGracias,\nEquipo de Atención al cliente\n{company}',
      },
    ],
    pt: [
      {
        subject: '{title} (#{ticket})',
        body: 'Caro(a) {name},\n\nO seu pedido "{title}" foi recebido e está a ser analisado pela nossa equipa de Apoio ao Cliente.\nA referência do seu ticket é {ticket}.\n\nPara enviar mais informações, basta responder a este e-mail.\n\nVer ticket: {link}\n\nObrigado,\nEquipa de Apoio ao Cliente\n{company}',
      },
    ],
    it: [
      {
        subject: '{title} (#{ticket})',
        body: 'Gentile {name},\n\nla sua richiesta "{title}" è stata ricevuta ed è in fase di esame da parte del nostro team Assistenza clienti.\nIl riferimento del ticket è {ticket}.\n\nPer fornire ulteriori informazioni, risponda semplicemente a questa email.\n\nVisualizza ticket: {link}\n\nGrazie,\nTeam Assistenza clienti\n{company}',
      },
    ],
    nl: [
      {
        subject: '{title} (#{ticket})',
        body: 'Beste {name},\n\nUw aanvraag "{title}" is ontvangen en wordt bekeken door ons klantenserviceteam.\nDe referentie van uw ticket is {ticket}.\n\nHeeft u nog aanvullende informatie? Beantwoord dan gewoon deze e-mail.\n\nTicket bekijken: {link}\n\nBedankt,\nKlantenserviceteam\n{company}',
      },
    ],
  },
}
