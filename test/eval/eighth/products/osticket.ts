// osTicket: the default "New Ticket Auto-response" template, subject "Support Ticket Opened
// [#%{ticket.number}]", greeting with the requester's first name (the typed name field).
// source: osTicket's shipped email template set (en_US); other languages are reconstructions of
// the community language packs' wording.
import type { Fill, Product } from '../product.ts'

const view = (f: Fill) => `https://${f.site}/view.php?t=${f.ref}`

export const OSTICKET: Product = {
  product: 'osTicket',
  family: 'helpdesk',
  source: 'osTicket default template "New Ticket Auto-response"',
  echo: 'name',
  display: (c) => `${c.name} Support`,
  texts: {
    en: (f) => ({
      subject: `Support Ticket Opened [#${f.ref}]`,
      body: `${f.name},\n\nA request for support has been created and assigned #${f.ref}. A representative will follow-up with you as soon as possible. You can view this ticket's progress online.\n\n${view(f)}\n\nYour ${f.company} Team,\n${f.company} Customer Support\n\nIf you wish to provide additional comments or information regarding the issue, please reply to this email.`,
    }),
    de: (f) => ({
      subject: `Support-Ticket eröffnet [#${f.ref}]`,
      body: `${f.name},\n\nIhre Supportanfrage wurde erstellt und erhielt die Nummer #${f.ref}. Ein Mitarbeiter wird sich so bald wie möglich bei Ihnen melden. Den Fortschritt des Tickets können Sie online verfolgen.\n\n${view(f)}\n\nIhr ${f.company} Team`,
    }),
    fr: (f) => ({
      subject: `Ticket d'assistance ouvert [#${f.ref}]`,
      body: `${f.name},\n\nUne demande d'assistance a été créée sous le numéro #${f.ref}. Un conseiller vous répondra dès que possible. Vous pouvez suivre l'avancement de ce ticket en ligne.\n\n${view(f)}\n\nVotre équipe ${f.company}`,
    }),
    es: (f) => ({
      subject: `Ticket de soporte abierto [#${f.ref}]`,
      body: `${f.name}:\n\nSe ha creado una solicitud de soporte con el número #${f.ref}. Un agente se pondrá en contacto con usted lo antes posible. Puede consultar el estado del ticket en línea.\n\n${view(f)}\n\nEl equipo de ${f.company}`,
    }),
    pt: (f) => ({
      subject: `Ticket de suporte aberto [#${f.ref}]`,
      body: `${f.name},\n\nFoi criado um pedido de suporte com o número #${f.ref}. Um representante entrará em contacto consigo assim que possível. Pode acompanhar o andamento do ticket online.\n\n${view(f)}\n\nA sua equipa ${f.company}`,
    }),
    it: (f) => ({
      subject: `Ticket di assistenza aperto [#${f.ref}]`,
      body: `${f.name},\n\nè stata creata una richiesta di assistenza con il numero #${f.ref}. Un operatore la contatterà il prima possibile. Può seguire l'avanzamento del ticket online.\n\n${view(f)}\n\nIl team ${f.company}`,
    }),
    nl: (f) => ({
      subject: `Supportticket geopend [#${f.ref}]`,
      body: `${f.name},\n\nEr is een supportverzoek aangemaakt met nummer #${f.ref}. Een medewerker neemt zo snel mogelijk contact met u op. U kunt de voortgang van dit ticket online volgen.\n\n${view(f)}\n\nUw ${f.company}-team`,
    }),
  },
}
