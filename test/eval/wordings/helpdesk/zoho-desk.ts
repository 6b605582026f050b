// Zoho Desk: the default acknowledgement "Acknowledge contact on ticket creation", with the
// "[## 12345 ##]" ticket id in the subject, as Zoho Desk's help pages show it.
import type { Product } from '../types.ts'

export const zohoDesk: Product = {
  family: 'helpdesk',
  product: 'Zoho Desk',
  source: 'Zoho Desk help "Auto-acknowledgement" default template',
  senders: [
    { shape: 'hosted', host: 'zohodesk.com', local: 'support', name: '{company} Support' },
    { shape: 'own', local: 'support', name: '{company}' },
  ],
  id: (n) => String(1_000 + (n % 98_000)),
  texts: {
    en: [
      {
        subject: '[## {id} ##] {payload}',
        body: 'Dear {name},\n\nThank you for contacting us. This is an automated response confirming the receipt of your ticket. One of our agents will get back to you as soon as possible.\n\nFor your records, the details of the ticket are listed below. When replying, please make sure that the ticket ID is kept in the subject line to ensure that your replies are tracked appropriately.\n\nTicket ID: {id}\nSubject: {payload}\nStatus: Open\n\nKind regards,\n{company}',
      },
    ],
    es: [
      {
        subject: '[## {id} ##] {payload}',
        body: 'Estimado/a {name}:\n\nGracias por contactarnos. Esta es una respuesta automática que confirma la recepción de su ticket. Uno de nuestros agentes se pondrá en contacto con usted lo antes posible.\n\nID del ticket: {id}\nAsunto: {payload}\nEstado: Abierto\n\nSaludos,\n{company}',
      },
    ],
    pt: [
      {
        subject: '[## {id} ##] {payload}',
        body: 'Prezado(a) {name},\n\nObrigado por entrar em contato. Esta é uma resposta automática confirmando o recebimento do seu ticket. Um dos nossos agentes entrará em contato o mais breve possível.\n\nID do ticket: {id}\nAssunto: {payload}\nStatus: Aberto\n\nAtenciosamente,\n{company}',
      },
    ],
    it: [
      {
        subject: '[## {id} ##] {payload}',
        body: 'Gentile {name},\n\ngrazie per averci contattato. Questa è una risposta automatica che conferma la ricezione del tuo ticket. Uno dei nostri operatori ti risponderà al più presto.\n\nID ticket: {id}\nOggetto: {payload}\nStato: Aperto\n\nCordiali saluti,\n{company}',
      },
    ],
  },
}
