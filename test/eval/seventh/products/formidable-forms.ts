// Formidable Forms (WordPress): a contact form's email action sending the submitter a copy with
// the default `[default-message]` field list and the user-information block. source: Formidable
// Forms docs, "Email notifications" (default subject "<form name> Form submitted on <site>",
// `[default-message]` and `[sitename]` shortcodes); translations follow the plugin's own
// translated field list where known, else reconstructed.
import type { Product } from '../product.ts'

function list(name: string, email: string, subject: string, message: string, info: string) {
  return `${name}: {name}\n${email}: {email}\n${subject}: {subj}\n${message}: {msg}\n\n${info}\nIP: 203.0.113.{n}\nReferrer: https://{domain}/contact/`
}

export const FORMIDABLE_FORMS: Product = {
  product: 'Formidable Forms',
  family: 'helpdesk',
  source: 'Formidable Forms docs, email action default subject and [default-message]',
  echo: 'subject',
  own: ['WordPress <wordpress@{domain}>', '{co} <contact@{domain}>', 'wordpress@{domain}'],
  texts: {
    en: {
      subject: 'Contact Us Form submitted on {co}',
      body: list('Name', 'Email', 'Subject', 'Message', 'User Information'),
    },
    de: {
      subject: 'Kontaktformular auf {co} übermittelt',
      body: list('Name', 'E-Mail', 'Betreff', 'Nachricht', 'Benutzerinformationen'),
    },
    fr: {
      subject: 'Formulaire de contact envoyé sur {co}',
      body: list('Nom', 'E-mail', 'Objet', 'Message', 'Informations utilisateur'),
    },
    es: {
      subject: 'Formulario de contacto enviado en {co}',
      body: list('Nombre', 'Correo electrónico', 'Asunto', 'Mensaje', 'Información del usuario'),
    },
    pt: {
      subject: 'Formulário de contacto enviado em {co}',
      body: list('Nome', 'E-mail', 'Assunto', 'Mensagem', 'Informações do utilizador'),
    },
    it: {
      subject: 'Modulo di contatto inviato su {co}',
      body: list('Nome', 'Email', 'Oggetto', 'Messaggio', 'Informazioni utente'),
    },
    nl: {
      subject: 'Contactformulier verzonden op {co}',
      body: list('Naam', 'E-mail', 'Onderwerp', 'Bericht', 'Gebruikersinformatie'),
    },
  },
}
