// AWeber: the default confirmation message of a list ("Confirm your subscription").
import { w, type Product } from '../../types.ts'

export const aweber: Product = {
  product: 'AWeber',
  family: 'subscription',
  source: 'AWeber knowledge base, "What is confirmed opt-in?" (default confirmation message)',
  locals: ['newsletter', 'info', 'bounce+list'],
  texts: {
    en: [
      w(
        `Response required: confirm your subscription to {company}`,
        `Hi {name},

Thanks for your interest in {company}!

Please click the link below to confirm your subscription:
https://www.aweber.com/z/c/?{token}

If you do not want to subscribe, simply ignore this message.

Your email address was added to the {company} list.`,
      ),
    ],
    de: [
      w(
        `Bitte bestätigen: Ihr Abonnement bei {company}`,
        `Hallo {name},

danke für Ihr Interesse an {company}!

Bitte klicken Sie auf den folgenden Link, um Ihr Abonnement zu bestätigen:
https://www.aweber.com/z/c/?{token}

Falls Sie sich nicht anmelden möchten, ignorieren Sie diese Nachricht.`,
      ),
    ],
    es: [
      w(
        `Acción requerida: confirma tu suscripción a {company}`,
        `Hola {name},

¡Gracias por tu interés en {company}!

Haz clic en el enlace para confirmar tu suscripción:
https://www.aweber.com/z/c/?{token}`,
      ),
    ],
  },
}
