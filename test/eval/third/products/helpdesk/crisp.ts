// Crisp: the email transcript / auto-response when a visitor leaves a message in the chatbox form.
import { w, type Product } from '../../types.ts'

export const crisp: Product = {
  product: 'Crisp',
  family: 'helpdesk',
  source:
    'Crisp help center, "Messenger > Email notifications to users" (default away reply and conversation transcript)',
  hosted: '{slug}@crisp.email',
  texts: {
    fr: [
      w(
        `{company} a bien reçu votre message`,
        `Bonjour {name} 👋

Merci pour votre message, nous l'avons bien reçu. Notre équipe est actuellement absente mais vous répondra par e-mail dès son retour.

Votre message :
« {subject} »

Répondez simplement à cet e-mail pour compléter votre demande.
⚡ par Crisp`,
      ),
    ],
    en: [
      w(
        `New message from {company}`,
        `Hi {name},

We got your message and we will get back to you by email soon. You can reply to this email to continue the conversation.

Your message: "{subject}"

⚡ by Crisp`,
      ),
    ],
    es: [
      w(
        `{company} ha recibido tu mensaje`,
        `¡Hola {name}!

Gracias por escribirnos. Hemos recibido tu mensaje y te responderemos por correo lo antes posible.

Tu mensaje: «{subject}»

Responde a este correo para continuar la conversación.
⚡ por Crisp`,
      ),
    ],
  },
}
