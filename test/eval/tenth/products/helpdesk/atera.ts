// Atera: the end-user notification of a new ticket from the Atera ticketing module (customer
// email channel), whose default subject carries only the ticket number and whose body repeats
// the ticket title. Reconstruction from Atera's documented notification placeholders
// ({TicketID}, {TicketTitle}, {EndUserFirstName}); the subject stays English for every language
// (as many MSPs leave it), the body is a site's own translation.
import { lines, type Product } from '../../product.ts'

const subject = (ref: string) => `Ticket #${ref}`
const footer = (company: string) => `-- \n${company} IT Service Desk · Powered by Atera`

export const ATERA: Product = {
  product: 'Atera',
  family: 'helpdesk',
  source: 'Atera ticketing new-ticket end-user notification (reconstruction)',
  echo: ['subject', 'name'],
  own: ['helpdesk', 'it-support', 'servicedesk.it'],
  hosted: (c) => `${c.name} IT <${c.slug}@ticketing.atera.com>`,
  texts: {
    en: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Hi ${c.name},`,
        `Thank you for contacting us. Ticket #${c.ref} "${c.typed}" was opened for you and a technician will be assigned shortly.`,
        `You can reply to this email to add more details.`,
        footer(c.company),
      ),
    }),
    de: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Hallo ${c.name},`,
        `danke für Ihre Nachricht. Das Ticket #${c.ref} „${c.typed}“ wurde für Sie eröffnet; ein Techniker wird in Kürze zugewiesen.`,
        `Antworten Sie auf diese E-Mail, um weitere Details zu ergänzen.`,
        footer(c.company),
      ),
    }),
    fr: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Bonjour ${c.name},`,
        `Merci de nous avoir contactés. Le ticket #${c.ref} « ${c.typed} » a été ouvert et un technicien lui sera affecté sous peu.`,
        `Répondez à cet e-mail pour ajouter des précisions.`,
        footer(c.company),
      ),
    }),
    es: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Hola, ${c.name}:`,
        `Gracias por contactarnos. Se ha abierto el ticket #${c.ref} «${c.typed}» y en breve se asignará un técnico.`,
        `Puede responder a este correo para añadir más detalles.`,
        footer(c.company),
      ),
    }),
    pt: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Olá ${c.name},`,
        `Obrigado pelo contacto. O ticket #${c.ref} "${c.typed}" foi aberto e um técnico será atribuído em breve.`,
        `Pode responder a este e-mail para acrescentar mais detalhes.`,
        footer(c.company),
      ),
    }),
    it: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Ciao ${c.name},`,
        `grazie per averci contattato. Il ticket #${c.ref} "${c.typed}" è stato aperto e a breve verrà assegnato un tecnico.`,
        `Puoi rispondere a questa e-mail per aggiungere altri dettagli.`,
        footer(c.company),
      ),
    }),
    nl: (c) => ({
      subject: subject(c.ref),
      body: lines(
        `Hallo ${c.name},`,
        `Bedankt voor je bericht. Ticket #${c.ref} "${c.typed}" is voor je geopend en er wordt binnenkort een technicus toegewezen.`,
        `Je kunt op deze e-mail reageren om meer details toe te voegen.`,
        footer(c.company),
      ),
    }),
  },
}
