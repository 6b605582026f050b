// Jitbit Helpdesk: the "new ticket" auto-reply to the submitter.
import { w, type Product } from '../../types.ts'

export const jitbit: Product = {
  product: 'Jitbit',
  family: 'helpdesk',
  source:
    'Jitbit Helpdesk docs, "Email templates" (New ticket - notification to the ticket submitter)',
  ticket: '######',
  hosted: 'support@{slug}.jitbit.com',
  fromName: '{company} Helpdesk',
  texts: {
    en: [
      w(
        `[#{ticket}] {subject}`,
        `Hi {name},

Thanks for contacting us. Your ticket has been received and our technicians will reply shortly.

Ticket: #{ticket}
Subject: {subject}
Link: https://{slug}.jitbit.com/helpdesk/Ticket/{ticket}

Please do not change the subject line when replying to this email.
--
Jitbit Helpdesk`,
      ),
    ],
    de: [
      w(
        `[#{ticket}] {subject}`,
        `Hallo {name},

vielen Dank für Ihre Anfrage. Ihr Ticket wurde angelegt, unsere Techniker werden sich in Kürze melden.

Ticket: #{ticket}
Betreff: {subject}

Bitte ändern Sie beim Antworten den Betreff nicht.`,
      ),
    ],
    fr: [
      w(
        `[#{ticket}] {subject}`,
        `Bonjour {name},

Merci de nous avoir contactés. Votre ticket a bien été reçu et nos techniciens vous répondront sous peu.

Ticket : #{ticket}
Objet : {subject}

Merci de ne pas modifier l'objet en répondant.`,
      ),
    ],
  },
}
