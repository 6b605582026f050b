import { w, type Product } from '../types.ts'

// Odoo Helpdesk mail template "Helpdesk: Ticket Received" (helpdesk module data,
// mail_template_data.xml), translated through Odoo's .po files.
export const odoo: Product = {
  product: 'Odoo Helpdesk',
  family: 'helpdesk',
  source: 'Odoo Helpdesk, mail template "Ticket Received" (helpdesk/data/mail_template_data.xml)',
  ticket: '#####',
  hosted: 'helpdesk@{slug}.odoo.com',
  texts: {
    en: [
      w(
        '{subject} (#{ticket})',
        `Dear {name},\n\nYour request "{subject}" has been received and is being reviewed by our Customer Care team.\n\nThe reference of your ticket is {ticket}.\n\nTo provide any additional information, simply reply to this email.\n\nView the ticket: https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nThank you,\nCustomer Care Team\n{company}`,
      ),
    ],
    de: [
      w(
        '{subject} (#{ticket})',
        `Hallo {name},\n\nIhre Anfrage „{subject}“ ist bei uns eingegangen und wird von unserem Kundenservice-Team geprüft.\n\nDie Referenz Ihres Tickets lautet {ticket}.\n\nUm weitere Informationen zu übermitteln, antworten Sie einfach auf diese E-Mail.\n\nTicket ansehen: https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nVielen Dank\nKundenservice-Team\n{company}`,
      ),
    ],
    fr: [
      w(
        '{subject} (#{ticket})',
        `Bonjour {name},\n\nVotre demande « {subject} » a bien été reçue et est en cours d’examen par notre équipe du service client.\n\nLa référence de votre ticket est {ticket}.\n\nPour fournir des informations supplémentaires, répondez simplement à cet e-mail.\n\nVoir le ticket : https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nMerci,\nL’équipe du service client\n{company}`,
      ),
    ],
    es: [
      w(
        '{subject} (#{ticket})',
        `Estimado/a {name}:\n\nHemos recibido su solicitud «{subject}» y nuestro equipo de atención al cliente la está revisando.\n\nLa referencia de su ticket es {ticket}.\n\nPara aportar más información, responda a este correo.\n\nVer el ticket: https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nGracias,\nEquipo de atención al cliente\n{company}`,
      ),
    ],
    pt: [
      w(
        '{subject} (#{ticket})',
        `Prezado(a) {name},\n\nSua solicitação "{subject}" foi recebida e está sendo analisada pela nossa equipe de atendimento.\n\nA referência do seu ticket é {ticket}.\n\nPara enviar mais informações, basta responder a este e-mail.\n\nVer o ticket: https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nObrigado,\nEquipe de Atendimento\n{company}`,
      ),
    ],
    it: [
      w(
        '{subject} (#{ticket})',
        `Gentile {name},\n\nla tua richiesta "{subject}" è stata ricevuta ed è in fase di esame da parte del nostro team di assistenza clienti.\n\nIl riferimento del tuo ticket è {ticket}.\n\nPer fornire ulteriori informazioni rispondi semplicemente a questa e-mail.\n\nVisualizza il ticket: https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nGrazie,\nTeam assistenza clienti\n{company}`,
      ),
    ],
    nl: [
      w(
        '{subject} (#{ticket})',
        `Beste {name},\n\nUw verzoek "{subject}" is ontvangen en wordt bekeken door ons klantenserviceteam.\n\nDe referentie van uw ticket is {ticket}.\n\nWilt u meer informatie geven, beantwoord dan gewoon deze e-mail.\n\nTicket bekijken: https://{slug}.odoo.com/my/ticket/{ticket}?access_token={token}\n\nBedankt,\nKlantenserviceteam\n{company}`,
      ),
    ],
  },
}
