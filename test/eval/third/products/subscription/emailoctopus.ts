// EmailOctopus: the default double opt-in confirmation email of a list.
import { w, type Product } from '../../types.ts'

export const emailoctopus: Product = {
  product: 'EmailOctopus',
  family: 'subscription',
  source: 'EmailOctopus help, "Double opt-in" (default confirmation email, customisable per list)',
  hosted: '{slug}@eomail5.com',
  texts: {
    en: [
      w(
        `Confirm your subscription to {company}`,
        `Please confirm your subscription

Hi there, you've asked to join the {company} mailing list. Please click below to confirm.

Yes, subscribe me to this list

If you received this email by mistake, simply delete it. You won't be subscribed unless you click the button above.

Powered by EmailOctopus`,
      ),
    ],
    fr: [
      w(
        `Confirmez votre inscription à {company}`,
        `Veuillez confirmer votre inscription

Bonjour, vous avez demandé à rejoindre la liste de diffusion de {company}. Cliquez ci-dessous pour confirmer.

Oui, inscrivez-moi`,
      ),
    ],
    es: [
      w(
        `Confirma tu suscripción a {company}`,
        `Por favor, confirma tu suscripción

Hola, has pedido unirte a la lista de {company}. Haz clic abajo para confirmar.

Sí, suscríbeme a esta lista`,
      ),
    ],
    pt: [
      w(
        `Confirme a sua inscrição em {company}`,
        `Por favor, confirme a sua inscrição

Olá, pediu para se juntar à lista de {company}. Clique abaixo para confirmar.

Sim, inscrevam-me nesta lista`,
      ),
    ],
    it: [
      w(
        `Conferma la tua iscrizione a {company}`,
        `Conferma la tua iscrizione

Ciao, hai chiesto di unirti alla mailing list di {company}. Fai clic qui sotto per confermare.

Sì, iscrivimi a questa lista`,
      ),
    ],
  },
}
