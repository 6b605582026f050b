// eDesk: the marketplace seller's auto-acknowledgement ("Auto-response template") to a new message.
import { w, type Product } from '../../types.ts'

export const edesk: Product = {
  product: 'eDesk',
  family: 'helpdesk',
  source: 'eDesk support site, "Auto acknowledgements" (default acknowledgement template)',
  ticket: 'ED-######',
  hosted: '{slug}@mail.edesk.com',
  texts: {
    en: [
      w(
        `Your message to {company} [{ticket}]`,
        `Thank you for getting in touch, {name}.

This is an automated acknowledgement to let you know that your message has been received. Our team replies to messages in the order they arrive, usually within 24 hours.

Your message:
{subject}

Ticket reference: {ticket}`,
      ),
    ],
    it: [
      w(
        `Il tuo messaggio a {company} [{ticket}]`,
        `Grazie per averci scritto, {name}.

Questa è una conferma automatica: il tuo messaggio è stato ricevuto. Rispondiamo in ordine di arrivo, di solito entro 24 ore.

Il tuo messaggio:
{subject}

Riferimento: {ticket}`,
      ),
    ],
    de: [
      w(
        `Ihre Nachricht an {company} [{ticket}]`,
        `Danke für Ihre Nachricht, {name}.

Dies ist eine automatische Eingangsbestätigung. Wir beantworten Nachrichten in der Reihenfolge ihres Eingangs, meist innerhalb von 24 Stunden.

Ihre Nachricht:
{subject}

Referenz: {ticket}`,
      ),
    ],
  },
}
