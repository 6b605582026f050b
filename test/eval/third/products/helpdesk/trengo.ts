// Trengo: the channel auto-reply ("Automatic reply" rule) on email and web-widget conversations.
import { w, type Product } from '../../types.ts'

export const trengo: Product = {
  product: 'Trengo',
  family: 'helpdesk',
  source: 'Trengo help center, "Auto replies" (default out-of-the-box reply text of a channel)',
  ticket: '#######',
  locals: ['support', 'klantenservice', 'hello'],
  texts: {
    en: [
      w(
        `Re: {subject}`,
        `Hi {name},

Thanks for your message! We have received it and one of our colleagues will get back to you as soon as possible.

Your reference number is #{ticket}. Please keep it in the subject line when you reply.

Kind regards,
The {company} team

Sent with Trengo`,
      ),
      w(
        `We've got your message 👋`,
        `Hey {name}, thanks for reaching out to {company}!
We usually reply within one working day. In the meantime you might find your answer in our FAQ at https://{site}/faq.

> {subject}

Conversation #{ticket}`,
      ),
    ],
    nl: [
      w(
        `Re: {subject}`,
        `Beste {name},

Bedankt voor je bericht! We hebben het goed ontvangen en een van onze collega's neemt zo snel mogelijk contact met je op.

Je referentienummer is #{ticket}.

Met vriendelijke groet,
Team {company}`,
      ),
      w(
        `Bedankt voor je bericht aan {company} 🙌`,
        `Hoi {name},

Dit is een automatisch antwoord: we hebben je vraag "{subject}" ontvangen. Onze klantenservice is bereikbaar op werkdagen van 9:00 tot 17:00 uur en reageert meestal binnen 24 uur.

Gesprek #{ticket}`,
      ),
    ],
    de: [
      w(
        `Re: {subject}`,
        `Hallo {name},

vielen Dank für deine Nachricht! Wir haben sie erhalten und melden uns so schnell wie möglich bei dir.

Deine Referenznummer: #{ticket}

Viele Grüße
Dein {company} Team`,
      ),
    ],
  },
}
