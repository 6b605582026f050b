// source: BoldDesk (Syncfusion) customer notification "Ticket created" as its knowledge base
// describes it ("Your ticket has been created", the ticket title and a portal link);
// reconstruction of the default wording, non-English texts are a site's own translation.
import type { Product } from '../product.ts'

const link = (d: string, ref: string) => `https://${d}/support/tickets/${ref}`

export const BOLDDESK: Product = {
  product: 'BoldDesk',
  family: 'helpdesk',
  source: 'BoldDesk "Ticket created" customer notification (reconstruction)',
  echo: 'subject',
  hosted: (slug, company) => `${company} Support <support@${slug}.bolddesk.com>`,
  locals: ['support', 'helpdesk'],
  texts: {
    en: (f) => ({
      subject: `Ticket #${f.ref} created: ${f.field}`,
      body: `Hi ${f.name},\n\nYour ticket has been created. Our team will get back to you shortly.\n\nTicket ID: #${f.ref}\nTitle: ${f.field}\n\nView ticket: ${link(f.domain, f.ref)}\n\n${f.company} Support`,
    }),
    de: (f) => ({
      subject: `Ticket #${f.ref} erstellt: ${f.field}`,
      body: `Hallo ${f.name},\n\nIhr Ticket wurde erstellt. Unser Team meldet sich in Kürze bei Ihnen.\n\nTicket-ID: #${f.ref}\nTitel: ${f.field}\n\nTicket ansehen: ${link(f.domain, f.ref)}\n\n${f.company} Support`,
    }),
    fr: (f) => ({
      subject: `Ticket n°${f.ref} créé : ${f.field}`,
      body: `Bonjour ${f.name},\n\nVotre ticket a été créé. Notre équipe reviendra vers vous rapidement.\n\nID du ticket : ${f.ref}\nTitre : ${f.field}\n\nVoir le ticket : ${link(f.domain, f.ref)}\n\nLe support ${f.company}`,
    }),
    es: (f) => ({
      subject: `Ticket n.º ${f.ref} creado: ${f.field}`,
      body: `Hola ${f.name}:\n\nSe ha creado tu ticket. Nuestro equipo te responderá en breve.\n\nID del ticket: ${f.ref}\nTítulo: ${f.field}\n\nVer ticket: ${link(f.domain, f.ref)}\n\nSoporte de ${f.company}`,
    }),
    pt: (f) => ({
      subject: `Ticket #${f.ref} criado: ${f.field}`,
      body: `Olá ${f.name},\n\nSeu ticket foi criado. Nossa equipe retornará em breve.\n\nID do ticket: #${f.ref}\nTítulo: ${f.field}\n\nVer ticket: ${link(f.domain, f.ref)}\n\nSuporte ${f.company}`,
    }),
    it: (f) => ({
      subject: `Ticket #${f.ref} creato: ${f.field}`,
      body: `Ciao ${f.name},\n\nil tuo ticket è stato creato. Il nostro team ti risponderà a breve.\n\nID ticket: #${f.ref}\nTitolo: ${f.field}\n\nVisualizza il ticket: ${link(f.domain, f.ref)}\n\nSupporto ${f.company}`,
    }),
    nl: (f) => ({
      subject: `Ticket #${f.ref} aangemaakt: ${f.field}`,
      body: `Hallo ${f.name},\n\nJe ticket is aangemaakt. Ons team neemt zo snel mogelijk contact met je op.\n\nTicket-ID: #${f.ref}\nTitel: ${f.field}\n\nTicket bekijken: ${link(f.domain, f.ref)}\n\n${f.company} Support`,
    }),
  },
}
