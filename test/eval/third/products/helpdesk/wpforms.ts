// WPForms: the "Simple Contact Form" template with a confirmation notification to the visitor.
import { w, type Product } from '../../types.ts'

export const wpforms: Product = {
  product: 'WPForms',
  family: 'helpdesk',
  source:
    'WPForms docs, "How to send a confirmation email to users" (default notification "New Entry: {form_name}" and {all_fields})',
  locals: ['wordpress', 'no-reply', 'info'],
  texts: {
    en: [
      w(
        `We received your message: {subject}`,
        `Hi {name},

Thank you for reaching out to {company}. This is a copy of what you sent us:

Name: {name}
Email: {email}
Comment or Message: {subject}

We will reply within 2 business days.`,
      ),
    ],
    pt: [
      w(
        `Recebemos a sua mensagem`,
        `Olá {name},

Obrigado por contactar a {company}. Eis uma cópia do que nos enviou:

Nome: {name}
E-mail: {email}
Comentário ou mensagem: {subject}

Responderemos dentro de 2 dias úteis.`,
      ),
    ],
    it: [
      w(
        `Abbiamo ricevuto il tuo messaggio`,
        `Ciao {name},

grazie per aver scritto a {company}. Ecco una copia di quanto ci hai inviato:

Nome: {name}
Email: {email}
Commento o messaggio: {subject}

Ti risponderemo entro 2 giorni lavorativi.`,
      ),
    ],
    es: [
      w(
        `Hemos recibido tu mensaje: {subject}`,
        `Hola {name}:

Gracias por escribir a {company}. Esta es una copia de lo que nos enviaste:

Nombre: {name}
Correo: {email}
Comentario o mensaje: {subject}`,
      ),
    ],
    fr: [
      w(
        `Nous avons bien reçu votre message`,
        `Bonjour {name},

Merci d'avoir écrit à {company}. Voici une copie de votre envoi :

Nom : {name}
E-mail : {email}
Commentaire ou message : {subject}

Nous vous répondrons sous 2 jours ouvrés.`,
      ),
    ],
  },
}
