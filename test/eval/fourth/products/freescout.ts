// FreeScout (self-hosted, open source): the mailbox auto reply sent to a customer who writes in
// or uses the contact form module; it answers in the same conversation ("Re: <subject>").
// source: freescout-helpdesk/freescout, mailbox "Auto Reply" settings (default subject
// "Re: {%subject%}"; the body text is the one a mailbox owner typically keeps); FreeScout's
// translations for other languages.
import type { Product } from './product.ts'

export const FREESCOUT: Product = {
  product: 'FreeScout',
  family: 'helpdesk',
  source: 'freescout-helpdesk/freescout mailbox Auto Reply (subject Re: {%subject%})',
  locals: ['support', 'help', 'contact', 'office'],
  subdomains: ['', 'help.', 'support.'],
  channel: 'email',
  texts: {
    en: [
      {
        subject: 'Re: {title}',
        body: 'Hi {name},\n\nThank you for contacting us. We have received your message and will get back to you as soon as possible.\n\nConversation #{ticket}\n\n{company}',
      },
    ],
    de: [
      {
        subject: 'Re: {title}',
        body: 'Hallo {name},\n\nvielen Dank für Ihre Nachricht. Wir haben sie erhalten und melden uns so schnell wie möglich bei Ihnen.\n\nKonversation #{ticket}\n\n{company}',
      },
    ],
    fr: [
      {
        subject: 'Re: {title}',
        body: 'Bonjour {name},\n\nMerci de nous avoir contactés. Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.\n\nConversation n° {ticket}\n\n{company}',
      },
    ],
    es: [
      {
        subject: 'Re: {title}',
        body: 'Hola {name}:\n\nGracias por contactarnos. Hemos recibido su mensaje y le responderemos lo antes posible.\n\nConversación n.º {ticket}\n\n{company}',
      },
    ],
    pt: [
      {
        subject: 'Re: {title}',
        body: 'Olá {name},\n\nObrigado por nos contactar. Recebemos a sua mensagem e responderemos o mais rapidamente possível.\n\nConversa n.º {ticket}\n\n{company}',
      },
    ],
    it: [
      {
        subject: 'Re: {title}',
        body: 'Salve {name},\n\ngrazie per averci contattato. Abbiamo ricevuto il suo messaggio e le risponderemo al più presto.\n\nConversazione n. {ticket}\n\n{company}',
      },
    ],
    nl: [
      {
        subject: 'Re: {title}',
        body: 'Beste {name},\n\nBedankt voor uw bericht. We hebben het ontvangen en komen zo snel mogelijk bij u terug.\n\nGesprek #{ticket}\n\n{company}',
      },
    ],
  },
}
