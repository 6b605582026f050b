// Contact Form 7 (WordPress, GPL-2.0): its default "Mail (2)" autoresponder to the sender,
// subject `[_site_title] "[your-subject]"`, body the message and the "sent from a contact form"
// footer, with the plugin's bundled translations of that footer.
import type { Product } from '../types.ts'

export const contactForm7: Product = {
  family: 'helpdesk',
  product: 'Contact Form 7',
  source: 'contact-form-7 includes/contact-form-template.php: default mail_2 template',
  senders: [
    { shape: 'own', local: 'wordpress', name: '{company}' },
    { shape: 'own', local: 'info', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: '{company} "{payload}"',
        body: 'Message Body:\n{payload}\n\n-- \nThis e-mail was sent from a contact form on {company} ({url})',
      },
    ],
    de: [
      {
        subject: '{company} "{payload}"',
        body: 'Nachrichtentext:\n{payload}\n\n-- \nDiese E-Mail wurde von einem Kontaktformular von {company} ({url}) gesendet',
      },
    ],
    fr: [
      {
        subject: '{company} "{payload}"',
        body: 'Corps du message :\n{payload}\n\n-- \nCet e-mail a été envoyé via le formulaire de contact de {company} ({url})',
      },
    ],
    es: [
      {
        subject: '{company} "{payload}"',
        body: 'Cuerpo del mensaje:\n{payload}\n\n-- \nEste mensaje se ha enviado desde un formulario de contacto en {company} ({url})',
      },
    ],
    pt: [
      {
        subject: '{company} "{payload}"',
        body: 'Corpo da mensagem:\n{payload}\n\n-- \nEste e-mail foi enviado de um formulário de contato em {company} ({url})',
      },
    ],
    it: [
      {
        subject: '{company} "{payload}"',
        body: 'Corpo del messaggio:\n{payload}\n\n-- \nQuesta e-mail è stata inviata da un modulo di contatto su {company} ({url})',
      },
    ],
    nl: [
      {
        subject: '{company} "{payload}"',
        body: 'Berichttekst:\n{payload}\n\n-- \nDeze e-mail is verzonden vanaf een contactformulier op {company} ({url})',
      },
    ],
  },
}
