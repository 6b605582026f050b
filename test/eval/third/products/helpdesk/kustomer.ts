// Kustomer: the auto-response business rule on a new email/form conversation.
import { w, type Product } from '../../types.ts'

export const kustomer: Product = {
  product: 'Kustomer',
  family: 'helpdesk',
  source: 'Kustomer help center, "Auto-responses" (default auto-response snippet)',
  locals: ['support', 'help', 'care'],
  texts: {
    en: [
      w(
        `We received your request`,
        `Hi {name},

Thanks for contacting {company} Support! This automatic message confirms that we got your note:

"{subject}"

A member of our team will follow up within 24 hours. Reply to this email if you have anything to add.`,
      ),
    ],
    es: [
      w(
        `Hemos recibido tu solicitud`,
        `Hola {name}:

¡Gracias por contactar con el soporte de {company}! Este mensaje automático confirma que recibimos tu nota:

«{subject}»

Un miembro del equipo te responderá en 24 horas.`,
      ),
    ],
  },
}
