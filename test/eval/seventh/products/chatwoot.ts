// Chatwoot: the reply a contact gets when an email-channel inbox opens a conversation with an
// auto-reply ("greeting message") switched on. source: reconstruction from Chatwoot's docs on
// email inboxes and greeting messages (the greeting text is the inbox owner's; the "Powered by
// Chatwoot" footer and `Re:` subject follow the product's conversation mails).
import type { Product } from '../product.ts'

const FOOTER = 'Powered by Chatwoot'

export const CHATWOOT: Product = {
  product: 'Chatwoot',
  family: 'helpdesk',
  source: 'reconstruction of an email-inbox greeting reply (Chatwoot docs)',
  echo: 'subject',
  own: ['{co} <inbox@{domain}>', '{co} Support <support@{domain}>'],
  hosted: (c) => `${c.name} <reply+${c.slug}@reply.chatwoot.com>`,
  texts: {
    en: {
      subject: 'Re: {subj}',
      body: `Hi {name},\n\nThanks for your message. We have received it and our team will get back to you as soon as possible, usually within a few hours.\n\nConversation #{n}\n{co}\n\n${FOOTER}`,
    },
    de: {
      subject: 'Re: {subj}',
      body: `Hallo {name},\n\nvielen Dank für Ihre Nachricht. Sie ist bei uns angekommen, unser Team meldet sich so schnell wie möglich, meist innerhalb weniger Stunden.\n\nKonversation #{n}\n{co}\n\n${FOOTER}`,
    },
    fr: {
      subject: 'Re: {subj}',
      body: `Bonjour {name},\n\nMerci pour votre message. Nous l'avons bien reçu et notre équipe vous répondra dès que possible, généralement en quelques heures.\n\nConversation n° {n}\n{co}\n\n${FOOTER}`,
    },
    es: {
      subject: 'Re: {subj}',
      body: `Hola, {name}:\n\nGracias por tu mensaje. Lo hemos recibido y nuestro equipo te responderá lo antes posible, normalmente en pocas horas.\n\nConversación n.º {n}\n{co}\n\n${FOOTER}`,
    },
    pt: {
      subject: 'Re: {subj}',
      body: `Olá {name},\n\nObrigado pela sua mensagem. Já a recebemos e a nossa equipa responderá o mais depressa possível, normalmente dentro de poucas horas.\n\nConversa n.º {n}\n{co}\n\n${FOOTER}`,
    },
    it: {
      subject: 'Re: {subj}',
      body: `Ciao {name},\n\ngrazie per il tuo messaggio. L'abbiamo ricevuto e il nostro team ti risponderà il prima possibile, di solito entro poche ore.\n\nConversazione n. {n}\n{co}\n\n${FOOTER}`,
    },
    nl: {
      subject: 'Re: {subj}',
      body: `Hoi {name},\n\nBedankt voor je bericht. We hebben het ontvangen en ons team reageert zo snel mogelijk, meestal binnen een paar uur.\n\nGesprek #{n}\n{co}\n\n${FOOTER}`,
    },
  },
}
