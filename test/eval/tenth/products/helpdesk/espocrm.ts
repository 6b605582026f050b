// EspoCRM: the auto-reply an inbound group mailbox sends when it creates a Case, from the
// "Case-to-Email auto-reply" email template (subject "Case has been created", body naming the
// person, the case name and number). Reconstruction from EspoCRM's documented template and
// placeholders ({Person.name}, {Case.name}, {Case.number}); non-English texts are a site's own
// translation. HTML-ish plain text, as the template's <p> markup reads once flattened.
import { lines, type Product } from '../../product.ts'

export const ESPOCRM: Product = {
  product: 'EspoCRM',
  family: 'helpdesk',
  source: 'EspoCRM "Case-to-Email auto-reply" template (reconstruction)',
  echo: ['subject', 'name'],
  own: ['crm', 'support', 'cases.crm'],
  hosted: (c) => `${c.name} <${c.slug}@${c.slug}.espocloud.com>`,
  texts: {
    en: (c) => ({
      subject: `Case has been created`,
      body: lines(
        `${c.name},`,
        ``,
        `Case '${c.typed}' has been created with number ${c.ref} and assigned to our team.`,
        ``,
        `${c.company}`,
      ),
    }),
    de: (c) => ({
      subject: `Fall wurde erstellt [#${c.ref}]`,
      body: lines(
        `${c.name},`,
        ``,
        `der Fall „${c.typed}“ wurde mit der Nummer ${c.ref} angelegt und unserem Team zugewiesen.`,
        ``,
        `${c.company}`,
      ),
    }),
    fr: (c) => ({
      subject: `Le dossier a été créé`,
      body: lines(
        `${c.name},`,
        ``,
        `Le dossier « ${c.typed} » a été créé sous le numéro ${c.ref} et attribué à notre équipe.`,
        ``,
        `${c.company}`,
      ),
    }),
    es: (c) => ({
      subject: `Se ha creado el caso [#${c.ref}]`,
      body: lines(
        `${c.name}:`,
        ``,
        `El caso '${c.typed}' se ha creado con el número ${c.ref} y se ha asignado a nuestro equipo.`,
        ``,
        `${c.company}`,
      ),
    }),
    pt: (c) => ({
      subject: `O caso foi criado`,
      body: lines(
        `${c.name},`,
        ``,
        `O caso '${c.typed}' foi criado com o número ${c.ref} e atribuído à nossa equipa.`,
        ``,
        `${c.company}`,
      ),
    }),
    it: (c) => ({
      subject: `Il caso è stato creato [#${c.ref}]`,
      body: lines(
        `${c.name},`,
        ``,
        `il caso '${c.typed}' è stato creato con il numero ${c.ref} e assegnato al nostro team.`,
        ``,
        `${c.company}`,
      ),
    }),
    nl: (c) => ({
      subject: `Case is aangemaakt`,
      body: lines(
        `${c.name},`,
        ``,
        `Case '${c.typed}' is aangemaakt met nummer ${c.ref} en toegewezen aan ons team.`,
        ``,
        `${c.company}`,
      ),
    }),
  },
}
