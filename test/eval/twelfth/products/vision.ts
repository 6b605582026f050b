// Vision Helpdesk: the new-ticket auto-response, "[#<ticket mask>]: <subject>" and a long
// confidentiality footer. Reconstruction of its documented auto-response (ticket ID mask,
// subject, department), not a known default text. In pt, it and nl only the subject is
// localised and the body stays in the English default, as many installs leave it.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const mask = (m: MailContext) =>
  `${m.company.slug.slice(0, 3).toUpperCase()}-${(m.ticket % 900) + 100}-${m.ticket}`

const LEGAL =
  '\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential or legally privileged information. If you are not the intended recipient, please notify the sender and delete this message. Any unauthorised use, disclosure or copying is prohibited. Replies to this message are recorded in our helpdesk system.'

const ENGLISH_BODY = (m: MailContext) =>
  `Dear ${m.name},\n\nThank you for contacting ${m.company.name}. This is an automated response confirming the receipt of your ticket. One of our agents will get back to you as soon as possible.\n\nTicket ID: #${mask(m)}\nSubject: ${m.topic}\nDepartment: Customer Support\nStatus: Open\n\nPlease do not change the subject line when replying.${LEGAL}`

const SUBJECT: Record<Lang, string> = {
  en: 'Ticket received',
  de: 'Ticket erhalten',
  fr: 'Ticket reçu',
  es: 'Ticket recibido',
  pt: 'Ticket recebido',
  it: 'Ticket ricevuto',
  nl: 'Ticket ontvangen',
}

const LOCAL: Partial<Record<Lang, (m: MailContext) => string>> = {
  de: (m) =>
    `Sehr geehrte/r ${m.name},\n\nvielen Dank für Ihre Kontaktaufnahme mit ${m.company.name}. Dies ist eine automatische Bestätigung über den Eingang Ihres Tickets. Ein Mitarbeiter wird sich schnellstmöglich bei Ihnen melden.\n\nTicket-ID: #${mask(m)}\nBetreff: ${m.topic}\nAbteilung: Kundendienst\nStatus: Offen${LEGAL}`,
  fr: (m) =>
    `Cher/Chère ${m.name},\n\nMerci d'avoir contacté ${m.company.name}. Ceci est une réponse automatique confirmant la réception de votre ticket. Un de nos agents vous répondra dans les plus brefs délais.\n\nID du ticket : #${mask(m)}\nObjet : ${m.topic}\nService : Support client\nStatut : Ouvert${LEGAL}`,
  es: (m) =>
    `Estimado/a ${m.name}:\n\nGracias por contactar con ${m.company.name}. Esta es una respuesta automática que confirma la recepción de su ticket. Uno de nuestros agentes le responderá lo antes posible.\n\nID del ticket: #${mask(m)}\nAsunto: ${m.topic}\nDepartamento: Atención al cliente\nEstado: Abierto${LEGAL}`,
}

const wording =
  (lang: Lang) =>
  (m: MailContext): Written => ({
    subject: `${SUBJECT[lang]} [#${mask(m)}]: ${m.topic}`,
    body: (LOCAL[lang] ?? ENGLISH_BODY)(m),
  })

export const VISION: Product = {
  product: 'Vision Helpdesk',
  family: 'helpdesk',
  source: 'reconstruction: Vision Helpdesk new-ticket auto-response (ticket mask, department)',
  hosted: (c) => `${c.name} Helpdesk <${c.slug}@visionhelpdesk.com>`,
  texts: {
    en: wording('en'),
    de: wording('de'),
    fr: wording('fr'),
    es: wording('es'),
    pt: wording('pt'),
    it: wording('it'),
    nl: wording('nl'),
  },
}
