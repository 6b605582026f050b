// Constant Contact: the confirmed opt-in ("Please confirm your subscription") email.
import { w, type Product } from '../../types.ts'

export const constantContact: Product = {
  product: 'Constant Contact',
  family: 'subscription',
  source:
    'Constant Contact knowledge base, "Confirmed opt-in" (default confirmation request email)',
  hosted: '{slug}@shared1.ccsend.com',
  texts: {
    en: [
      w(
        `{company}: Please confirm your subscription`,
        `Thanks for signing up!

Please confirm your email address to start receiving emails from {company}.

Confirm my email address

{company} | 12 Harbour Road | Whitby

Sent by {slug}@gmail.com powered by Constant Contact`,
      ),
    ],
    fr: [
      w(
        `{company} : merci de confirmer votre abonnement`,
        `Merci de votre inscription !

Veuillez confirmer votre adresse e-mail pour commencer à recevoir les e-mails de {company}.

Confirmer mon adresse e-mail`,
      ),
    ],
    es: [
      w(
        `{company}: confirma tu suscripción`,
        `¡Gracias por registrarte!

Confirma tu dirección de correo electrónico para empezar a recibir los correos de {company}.

Confirmar mi dirección`,
      ),
    ],
  },
}
