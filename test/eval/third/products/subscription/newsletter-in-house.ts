// Newsletters of publishers, municipalities and shops run on in-house systems: the double
// opt-in request. Reconstructions of the usual wording.
import { w, type Product } from '../../types.ts'

export const inHouseNewsletter: Product = {
  product: 'in-house newsletter',
  family: 'subscription',
  source: 'reconstruction of double opt-in mails of publisher, shop and municipality newsletters',
  locals: ['newsletter', 'nieuwsbrief', 'news', 'redazione'],
  texts: {
    en: [
      w(
        `Action needed: confirm your {company} newsletter sign-up`,
        `Hello,

We received a request to add {email} to the {company} newsletter. To protect you from unwanted mail we only add addresses that have been confirmed.

Confirm your sign-up: https://{site}/newsletter/optin?key={token}

Didn't request this? Then you don't need to do anything.`,
      ),
    ],
    de: [
      w(
        `Newsletter-Anmeldung: Bitte bestätigen`,
        `Guten Tag,

vielen Dank für Ihr Interesse am Newsletter von {company}. Um Ihre Anmeldung abzuschließen, klicken Sie bitte auf folgenden Link (Double-Opt-In):

https://{site}/newsletter/bestaetigen?key={token}

Haben Sie sich nicht angemeldet? Dann ignorieren Sie diese E-Mail bitte.`,
      ),
    ],
    fr: [
      w(
        `Lettre d'information {company} : confirmez votre adresse`,
        `Bonjour,

Une demande d'inscription à notre lettre d'information a été faite avec l'adresse {email}. Pour la valider, cliquez sur le lien ci-dessous :

https://{site}/newsletter/valider?cle={token}

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.`,
      ),
    ],
    es: [
      w(
        `Confirma tu alta en el boletín de {company}`,
        `Hola:

Hemos recibido una solicitud para suscribir {email} a nuestro boletín. Para confirmarla, pulsa aquí:

https://{site}/boletin/confirmar?clave={token}`,
      ),
    ],
    pt: [
      w(
        `Confirme a sua inscrição na newsletter {company}`,
        `Olá,

Recebemos um pedido para inscrever {email} na nossa newsletter. Para confirmar, clique aqui:

https://{site}/newsletter/confirmar?chave={token}`,
      ),
    ],
    it: [
      w(
        `Conferma l'iscrizione alla newsletter di {company}`,
        `Gentile lettore,

abbiamo ricevuto una richiesta di iscrizione alla newsletter per l'indirizzo {email}. Per confermarla clicca qui:

https://{site}/newsletter/conferma?chiave={token}`,
      ),
    ],
    nl: [
      w(
        `Bevestig je aanmelding voor de nieuwsbrief van {company}`,
        `Hallo,

We hebben een aanmelding voor onze nieuwsbrief ontvangen voor {email}. Klik op de link om je aanmelding te bevestigen:

https://{site}/nieuwsbrief/bevestigen?sleutel={token}`,
      ),
    ],
  },
}
