// HelpDesk (helpdesk.com, by the makers of LiveChat): the automatic reply sent to the requester
// when a ticket is created from the contact form or by mail.
// source: HelpDesk knowledge base, "Automatic responses" / default "Ticket created" reply
// (subject carries the ticket's short id); non-English texts reconstructed.
import type { Product } from './product.ts'

export const HELPDESK_COM: Product = {
  product: 'HelpDesk.com',
  family: 'helpdesk',
  source: 'HelpDesk knowledge base "Automatic responses", default ticket-created reply',
  locals: ['support', 'help', 'tickets'],
  hosted: (c) => `${c.slug}@helpdesk.email`,
  channel: 'email',
  ticket: '@@%%%%%',
  texts: {
    en: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Hi {name},\n\nThanks for reaching out! We have received your message and opened ticket #{ticket} for you. One of our agents will get back to you shortly.\n\nYou can add more details by simply replying to this email.\n\n{company}',
      },
    ],
    de: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Hallo {name},\n\ndanke für deine Nachricht! Wir haben sie erhalten und das Ticket #{ticket} für dich angelegt. Jemand aus unserem Team meldet sich in Kürze.\n\nWeitere Informationen kannst du einfach als Antwort auf diese E-Mail schicken.\n\n{company}',
      },
    ],
    fr: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Bonjour {name},\n\nMerci de nous avoir contactés ! Nous avons bien reçu votre message et ouvert le ticket #{ticket}. Un membre de notre équipe vous répondra très vite.\n\nPour ajouter des précisions, répondez simplement à cet e-mail.\n\n{company}',
      },
    ],
    es: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Hola {name}:\n\n¡Gracias por escribirnos! Hemos recibido tu mensaje y abierto el ticket #{ticket}. Un agente te responderá en breve.\n\nSi quieres añadir información, responde a este correo.\n\n{company}',
      },
    ],
    pt: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Olá {name},\n\nObrigado pelo contato! Recebemos sua mensagem e abrimos o ticket #{ticket}. Um de nossos agentes vai responder em breve.\n\nPara acrescentar detalhes, basta responder a este e-mail.\n\n{company}',
      },
    ],
    it: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Ciao {name},\n\ngrazie per averci scritto! Abbiamo ricevuto il tuo messaggio e aperto il ticket #{ticket}. Un nostro operatore ti risponderà a breve.\n\nPer aggiungere dettagli rispondi semplicemente a questa email.\n\n{company}',
      },
    ],
    nl: [
      {
        subject: '[#{ticket}] {title}',
        body: 'Hoi {name},\n\nBedankt voor je bericht! We hebben het ontvangen en ticket #{ticket} voor je aangemaakt. Een van onze medewerkers neemt snel contact met je op.\n\nWil je iets toevoegen? Beantwoord dan gewoon deze e-mail.\n\n{company}',
      },
    ],
  },
}
