// Ninja Forms (WordPress): the "Email Confirmation" action of a contact form, sent by the site
// itself (wp_mail, so `wordpress@<domain>` unless the owner changed it) with the
// {fields_table} merge tag. Source: Ninja Forms docs "Email & Actions → Email"; the action's
// placeholder subject "This is an email action." and message "Hello, Ninja Forms!", which owners
// replace with a thank-you and the fields table (reconstruction of that common edit).
import type { Product } from '../../product.ts'
import { entryLines } from '../fields.ts'

export const NINJA_FORMS: Product = {
  product: 'Ninja Forms',
  family: 'helpdesk',
  source: 'Ninja Forms "Email Confirmation" action with {fields_table}',
  echo: 'message',
  hosted: null,
  locals: ['wordpress', 'noreply', 'website'],
  subdomains: ['', 'www.'],
  texts: {
    en: (f) => ({
      subject: `Thank you for contacting ${f.company}`,
      body: `Hello, Ninja Forms!\n\nThank you for contacting ${f.company}. We have received the following:\n\n${entryLines('en', f)}\n\nWe will reply as soon as we can.`,
    }),
    de: (f) => ({
      subject: `Danke für Ihre Nachricht an ${f.company}`,
      body: `Vielen Dank für Ihre Nachricht. Folgende Angaben sind bei uns eingegangen:\n\n${entryLines('de', f)}\n\nWir antworten so bald wie möglich.\n${f.company}`,
    }),
    fr: (f) => ({
      subject: `Merci d'avoir contacté ${f.company}`,
      body: `Merci de nous avoir écrit. Nous avons reçu les informations suivantes :\n\n${entryLines('fr', f, ' : ')}\n\nNous vous répondrons dès que possible.\n${f.company}`,
    }),
    es: (f) => ({
      subject: `Gracias por contactar con ${f.company}`,
      body: `Gracias por escribirnos. Hemos recibido lo siguiente:\n\n${entryLines('es', f)}\n\nTe responderemos lo antes posible.\n${f.company}`,
    }),
    pt: (f) => ({
      subject: `Obrigado pelo seu contato - ${f.company}`,
      body: `Obrigado por falar com a gente. Recebemos as seguintes informações:\n\n${entryLines('pt', f)}\n\nResponderemos o mais rápido possível.\n${f.company}`,
    }),
    it: (f) => ({
      subject: `Grazie per aver contattato ${f.company}`,
      body: `Grazie per averci scritto. Abbiamo ricevuto quanto segue:\n\n${entryLines('it', f)}\n\nTi risponderemo al più presto.\n${f.company}`,
    }),
    nl: (f) => ({
      subject: `Bedankt voor je bericht aan ${f.company}`,
      body: `Bedankt voor je bericht. We hebben het volgende ontvangen:\n\n${entryLines('nl', f)}\n\nWe reageren zo snel mogelijk.\n${f.company}`,
    }),
  },
}
