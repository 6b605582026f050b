// Acumbamail: the double opt-in email of a subscription form.
import { w, type Product } from '../../types.ts'

export const acumbamail: Product = {
  product: 'Acumbamail',
  family: 'subscription',
  source: 'Acumbamail help, "Doble opt-in" (default confirmation email)',
  hosted: '{slug}@acumbamail.com',
  texts: {
    es: [
      w(
        `Confirma tu suscripción`,
        `Hola,

Has solicitado suscribirte a la lista de {company}. Para completar el alta pulsa en el siguiente enlace:

Confirmar suscripción
https://acumbamail.com/confirm/{token}

Si no has sido tú, ignora este mensaje.`,
      ),
    ],
    pt: [
      w(
        `Confirme a sua subscrição`,
        `Olá,

Pediu para subscrever a lista de {company}. Para concluir clique na ligação seguinte:

Confirmar subscrição
https://acumbamail.com/confirm/{token}`,
      ),
    ],
    it: [
      w(
        `Conferma la tua iscrizione`,
        `Ciao,

hai chiesto di iscriverti alla lista di {company}. Per completare l'iscrizione clicca sul link:

Conferma iscrizione
https://acumbamail.com/confirm/{token}`,
      ),
    ],
    en: [
      w(
        `Confirm your subscription`,
        `Hi,

You asked to subscribe to the {company} list. To complete your subscription click the link below:

Confirm subscription
https://acumbamail.com/confirm/{token}`,
      ),
    ],
  },
}
