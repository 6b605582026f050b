// HappyFox Help Desk: the auto-acknowledgement sent to the contact when a ticket is created
// through the support portal form; the message they typed is quoted back.
// source: reconstruction from HappyFox's documented "Ticket created - notify contact" smart rule
// (placeholders for ticket id, subject and message); not a known default text.
import type { Fill, Product } from '../product.ts'

const id = (f: Fill) => `#${f.company.slice(0, 2).toUpperCase()}${f.ref}`

export const HAPPYFOX: Product = {
  product: 'HappyFox',
  family: 'helpdesk',
  source: 'HappyFox contact notification on ticket creation (reconstruction)',
  echo: 'message',
  hosted: (c) => `support@${c.slug}.happyfox.com`,
  display: (c) => `${c.name} Support`,
  texts: {
    en: (f) => ({
      subject: `Ticket ${id(f)} created`,
      body: `Dear ${f.name},\n\nThank you for contacting ${f.company}. Your ticket ${id(f)} has been created and our team will get back to you shortly.\n\nYour message:\n${f.message}\n\nYou can check the status of your ticket at https://${f.site}/staff/ticket/${f.ref}`,
    }),
    de: (f) => ({
      subject: `Ticket ${id(f)} erstellt`,
      body: `Hallo ${f.name},\n\ndanke, dass Sie ${f.company} kontaktiert haben. Ihr Ticket ${id(f)} wurde erstellt, unser Team meldet sich in Kürze.\n\nIhre Nachricht:\n${f.message}\n\nDen Status Ihres Tickets sehen Sie unter https://${f.site}/staff/ticket/${f.ref}`,
    }),
    fr: (f) => ({
      subject: `Ticket ${id(f)} créé`,
      body: `Bonjour ${f.name},\n\nMerci d'avoir contacté ${f.company}. Votre ticket ${id(f)} a été créé et notre équipe vous répondra rapidement.\n\nVotre message :\n${f.message}\n\nSuivez votre ticket sur https://${f.site}/staff/ticket/${f.ref}`,
    }),
    es: (f) => ({
      subject: `Ticket ${id(f)} creado`,
      body: `Hola ${f.name}:\n\nGracias por contactar con ${f.company}. Hemos creado su ticket ${id(f)} y nuestro equipo le responderá en breve.\n\nSu mensaje:\n${f.message}\n\nConsulte el estado en https://${f.site}/staff/ticket/${f.ref}`,
    }),
    pt: (f) => ({
      subject: `Ticket ${id(f)} criado`,
      body: `Olá ${f.name},\n\nObrigado por contactar a ${f.company}. O seu ticket ${id(f)} foi criado e a nossa equipa responderá em breve.\n\nA sua mensagem:\n${f.message}\n\nVeja o estado em https://${f.site}/staff/ticket/${f.ref}`,
    }),
    it: (f) => ({
      subject: `Ticket ${id(f)} creato`,
      body: `Gentile ${f.name},\n\ngrazie per aver contattato ${f.company}. Il suo ticket ${id(f)} è stato creato e il nostro team le risponderà a breve.\n\nIl suo messaggio:\n${f.message}\n\nStato del ticket: https://${f.site}/staff/ticket/${f.ref}`,
    }),
    nl: (f) => ({
      subject: `Ticket ${id(f)} aangemaakt`,
      body: `Beste ${f.name},\n\nBedankt voor uw bericht aan ${f.company}. Uw ticket ${id(f)} is aangemaakt en ons team reageert zo snel mogelijk.\n\nUw bericht:\n${f.message}\n\nBekijk de status op https://${f.site}/staff/ticket/${f.ref}`,
    }),
  },
}
