// GetResponse: the confirmation message of a list with double opt-in, greeting the subscriber by
// the name given in the form ([[firstname]]).
// source: GetResponse Help Center, "How do I customize the confirmation message?" (default subject
// and body with the confirmation link), reconstructed; GetResponse ships localised defaults.
import type { Product } from './product.ts'

export const GETRESPONSE: Product = {
  product: 'GetResponse',
  family: 'subscription',
  source: 'GetResponse Help Center, default confirmation message for double opt-in lists',
  locals: ['newsletter', 'hello', 'info'],
  hosted: (c) => `${c.slug}@getresponse-mail.com`,
  link: (_c, token) => `https://gr8.com/c/${token}`,
  texts: {
    en: [
      {
        subject: '{name}, please confirm your subscription',
        body: 'Hello {name},\n\nTo activate your subscription to the {company} newsletter, please click the link below:\n\nConfirm my subscription ( {link} )\n\nIf you don’t want to subscribe, simply ignore this message.\n\n{company}',
      },
    ],
    de: [
      {
        subject: '{name}, bitte bestätige deine Anmeldung',
        body: 'Hallo {name},\n\num dein Abonnement des {company} Newsletters zu aktivieren, klicke bitte auf den folgenden Link:\n\nAnmeldung bestätigen ( {link} )\n\nWenn du dich nicht anmelden möchtest, ignoriere diese Nachricht einfach.\n\n{company}',
      },
    ],
    fr: [
      {
        subject: '{name}, merci de confirmer votre inscription',
        body: 'Bonjour {name},\n\nPour activer votre abonnement à la newsletter de {company}, cliquez sur le lien ci-dessous :\n\nConfirmer mon inscription ( {link} )\n\nSi vous ne souhaitez pas vous abonner, ignorez simplement ce message.\n\n{company}',
      },
    ],
    es: [
      {
        subject: '{name}, confirma tu suscripción',
        body: 'Hola {name}:\n\nPara activar tu suscripción al boletín de {company}, haz clic en el enlace de abajo:\n\nConfirmar mi suscripción ( {link} )\n\nSi no quieres suscribirte, simplemente ignora este mensaje.\n\n{company}',
      },
    ],
    pt: [
      {
        subject: '{name}, confirme a sua inscrição',
        body: 'Olá {name},\n\nPara ativar a sua inscrição na newsletter da {company}, clique na ligação abaixo:\n\nConfirmar a minha inscrição ( {link} )\n\nSe não pretende subscrever, ignore esta mensagem.\n\n{company}',
      },
    ],
    it: [
      {
        subject: '{name}, conferma la tua iscrizione',
        body: 'Ciao {name},\n\nper attivare la tua iscrizione alla newsletter di {company}, fai clic sul link qui sotto:\n\nConferma la mia iscrizione ( {link} )\n\nSe non vuoi iscriverti, ignora semplicemente questo messaggio.\n\n{company}',
      },
    ],
    nl: [
      {
        subject: '{name}, bevestig je inschrijving',
        body: 'Hallo {name},\n\nKlik op de onderstaande link om je inschrijving op de nieuwsbrief van {company} te activeren:\n\nMijn inschrijving bevestigen ( {link} )\n\nWil je je niet inschrijven? Negeer dit bericht dan.\n\n{company}',
      },
    ],
  },
}
