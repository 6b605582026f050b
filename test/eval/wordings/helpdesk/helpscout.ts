// Help Scout: the mailbox Auto Reply as its help docs show the default ("Thanks for contacting us!
// We've received your message..."), sent from the mailbox address on the company's domain.
import type { Product } from '../types.ts'

export const helpscout: Product = {
  family: 'helpdesk',
  product: 'Help Scout',
  source: 'Help Scout docs "Set up an Auto Reply" (default auto reply text)',
  senders: [
    { shape: 'own', local: 'hello', name: '{company}' },
    { shape: 'own', local: 'support', name: '{company} Support' },
    { shape: 'display', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Re: {payload}',
        body: 'Hi there,\n\nThanks for contacting us! We have received your message and appreciate you reaching out. We typically reply within one business day.\n\nBest,\n{company}\n\nConversation #{id}',
      },
    ],
    es: [
      {
        subject: 'Re: {payload}',
        body: '¡Hola!\n\nGracias por escribirnos. Hemos recibido tu mensaje y te responderemos en un plazo de un día laborable.\n\nSaludos,\n{company}',
      },
    ],
  },
}
