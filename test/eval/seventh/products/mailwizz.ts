// MailWizz (self-hosted): the list's default subscription confirmation ("Please confirm your
// subscription" with the list name and a confirm link). source: reconstruction of MailWizz's
// default list "subscribe confirmation" page/email template; translations reconstructed.
import type { Product } from '../product.ts'

export const MAILWIZZ: Product = {
  product: 'MailWizz',
  family: 'subscription',
  source: 'reconstruction of the default list subscribe-confirmation email (MailWizz)',
  echo: 'none',
  own: ['{co} <list@mail.{domain}>', '{co} Newsletter <newsletter@news.{domain}>'],
  texts: {
    en: {
      subject: 'Please confirm your subscription',
      body: 'Please confirm your subscription to the {list} list of {co} by clicking the link below:\n{url}\n\nIf you did not subscribe, please ignore this email.\n\n{co}, {domain}',
    },
    de: {
      subject: 'Bitte bestätigen Sie Ihre Anmeldung',
      body: 'Bitte bestätigen Sie Ihre Anmeldung zur Liste {list} von {co} über den folgenden Link:\n{url}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail bitte.\n\n{co}, {domain}',
    },
    fr: {
      subject: 'Veuillez confirmer votre inscription',
      body: 'Veuillez confirmer votre inscription à la liste {list} de {co} en cliquant sur le lien ci-dessous :\n{url}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.\n\n{co}, {domain}',
    },
    es: {
      subject: 'Por favor, confirme su suscripción',
      body: 'Por favor, confirme su suscripción a la lista {list} de {co} haciendo clic en el enlace siguiente:\n{url}\n\nSi no se ha suscrito, ignore este correo.\n\n{co}, {domain}',
    },
    pt: {
      subject: 'Por favor, confirme a sua inscrição',
      body: 'Por favor, confirme a sua inscrição na lista {list} de {co} clicando no link abaixo:\n{url}\n\nSe não se inscreveu, ignore este e-mail.\n\n{co}, {domain}',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: 'Conferma la tua iscrizione alla lista {list} di {co} cliccando sul link qui sotto:\n{url}\n\nSe non ti sei iscritto, ignora questa email.\n\n{co}, {domain}',
    },
    nl: {
      subject: 'Bevestig uw inschrijving',
      body: 'Bevestig uw inschrijving op de lijst {list} van {co} via de onderstaande link:\n{url}\n\nHeeft u zich niet ingeschreven, negeer deze e-mail dan.\n\n{co}, {domain}',
    },
  },
}
