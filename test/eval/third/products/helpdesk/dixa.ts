// Dixa: the email auto-reply ("Auto-reply" flow step) on a new contact-form conversation.
import { w, type Product } from '../../types.ts'

export const dixa: Product = {
  product: 'Dixa',
  family: 'helpdesk',
  source: 'Dixa help center, "Email auto-replies" (default auto-reply template)',
  ticket: '########',
  hosted: '{slug}@email.dixa.io',
  texts: {
    en: [
      w(
        `{company}`,
        `Hi {name},

We have received your inquiry and will get back to you as soon as we can. Our current response time is 1-2 business days.

Your conversation ID is {ticket}.

Best regards,
{company} Customer Service

Regarding: {subject}`,
      ),
    ],
    de: [
      w(
        `{company}`,
        `Hallo {name},

wir haben Ihre Anfrage erhalten und melden uns so schnell wie möglich. Unsere aktuelle Antwortzeit beträgt 1-2 Werktage.

Ihre Konversations-ID: {ticket}

Betreff: {subject}`,
      ),
    ],
    nl: [
      w(
        `Re: {subject}`,
        `Hoi {name},

We hebben je vraag ontvangen en komen zo snel mogelijk bij je terug. Onze huidige reactietijd is 1-2 werkdagen.

Je gespreks-ID is {ticket}.

Groeten,
Klantenservice {company}`,
      ),
    ],
  },
}
