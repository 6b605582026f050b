import { w, type Product } from '../types.ts'

// FreeScout mailbox "Auto Reply" (Mailbox settings > Auto Reply), default subject "Re: {%subject%}"
// and the default message; github.com/freescout-helpdesk/freescout (resources/lang for the
// translations of the mailbox defaults).
export const freescout: Product = {
  product: 'FreeScout',
  family: 'helpdesk',
  source: 'github.com/freescout-helpdesk/freescout, mailbox Auto Reply defaults',
  ticket: '####',
  texts: {
    en: [
      w(
        'Re: {subject}',
        `Hi {name},\n\nThanks for contacting us! We have received your message and will get back to you as soon as possible.\n\nYour conversation number is #{ticket}.\n\n--\n{company}`,
      ),
    ],
    de: [
      w(
        'Re: {subject}',
        `Hallo {name},\n\ndanke für Ihre Nachricht! Wir haben sie erhalten und melden uns so schnell wie möglich bei Ihnen.\n\nIhre Konversationsnummer lautet #{ticket}.\n\n--\n{company}`,
      ),
    ],
    fr: [
      w(
        'Re: {subject}',
        `Bonjour {name},\n\nMerci de nous avoir contactés ! Nous avons bien reçu votre message et nous reviendrons vers vous dès que possible.\n\nNuméro de conversation : #{ticket}\n\n--\n{company}`,
      ),
    ],
    es: [
      w(
        'Re: {subject}',
        `Hola {name}:\n\n¡Gracias por escribirnos! Hemos recibido su mensaje y le responderemos lo antes posible.\n\nSu número de conversación es #{ticket}.\n\n--\n{company}`,
      ),
    ],
    pt: [
      w(
        'Re: {subject}',
        `Olá {name},\n\nObrigado por entrar em contato! Recebemos sua mensagem e responderemos o mais breve possível.\n\nO número da sua conversa é #{ticket}.\n\n--\n{company}`,
      ),
    ],
    it: [
      w(
        'Re: {subject}',
        `Ciao {name},\n\ngrazie per averci scritto! Abbiamo ricevuto il tuo messaggio e ti risponderemo il prima possibile.\n\nIl numero della conversazione è #{ticket}.\n\n--\n{company}`,
      ),
    ],
    nl: [
      w(
        'Re: {subject}',
        `Hallo {name},\n\nBedankt voor je bericht! We hebben het ontvangen en nemen zo snel mogelijk contact met je op.\n\nJe gespreksnummer is #{ticket}.\n\n--\n{company}`,
      ),
    ],
  },
}
