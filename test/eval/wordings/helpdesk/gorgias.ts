// Gorgias (e-commerce helpdesk): the auto-reply most shops keep from its rule templates,
// "Thank you for contacting us!", sent from the shop's own support address.
import type { Product } from '../types.ts'

export const gorgias: Product = {
  family: 'helpdesk',
  product: 'Gorgias',
  source: 'Gorgias rule template "Auto-reply: acknowledge receipt"',
  senders: [
    { shape: 'own', local: 'support', name: '{company}' },
    { shape: 'hosted', host: 'gorgias.io', local: 'support', name: '{company} Support' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Re: {payload}',
        body: 'Hi {name},\n\nThank you for contacting us! This is an automatic reply to let you know we have received your message. Our team will get back to you within 24 hours.\n\nIn the meantime, you can track your order here: {url}\n\nBest regards,\n{company} Customer Care',
      },
    ],
    de: [
      {
        subject: 'Re: {payload}',
        body: 'Hallo {name},\n\nvielen Dank für deine Nachricht! Dies ist eine automatische Antwort: Wir haben deine Anfrage erhalten und melden uns innerhalb von 24 Stunden.\n\nViele Grüße\nDein {company} Kundenservice',
      },
    ],
  },
}
