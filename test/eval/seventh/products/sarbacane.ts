// Sarbacane: the double opt-in confirmation of a subscription form ("Confirmez votre
// inscription"), greeting the subscriber by the first name typed. source: reconstruction of
// Sarbacane's documented double opt-in for its forms; French is closest to the product (a
// French ESP), the others are reconstructions.
import type { Product } from '../product.ts'

export const SARBACANE: Product = {
  product: 'Sarbacane',
  family: 'subscription',
  source: 'reconstruction of the form double opt-in email (Sarbacane help)',
  echo: 'name',
  own: ['{co} <infos@news.{domain}>', '{co} <newsletter@{domain}>'],
  hosted: (c) => `${c.name} <${c.slug}@${c.slug}.sbmailing.net>`,
  texts: {
    en: {
      subject: 'Confirm your subscription to the {co} newsletter',
      body: 'Hello {name},\n\nThank you for your interest in {co}! To receive our newsletter, please confirm your subscription by clicking the button below.\n\nI confirm my subscription\n{url}\n\nWithout confirmation, your address will not be added to our list.',
    },
    de: {
      subject: 'Bestätigen Sie Ihre Anmeldung zum {co}-Newsletter',
      body: 'Hallo {name},\n\nvielen Dank für Ihr Interesse an {co}! Um unseren Newsletter zu erhalten, bestätigen Sie bitte Ihre Anmeldung über die Schaltfläche unten.\n\nIch bestätige meine Anmeldung\n{url}\n\nOhne Bestätigung wird Ihre Adresse nicht in unsere Liste aufgenommen.',
    },
    fr: {
      subject: 'Confirmez votre inscription à la newsletter {co}',
      body: "Bonjour {name},\n\nMerci de l'intérêt que vous portez à {co} ! Pour recevoir notre newsletter, confirmez votre inscription en cliquant sur le bouton ci-dessous.\n\nJe confirme mon inscription\n{url}\n\nSans confirmation, votre adresse ne sera pas ajoutée à notre liste.",
    },
    es: {
      subject: 'Confirma tu suscripción a la newsletter de {co}',
      body: 'Hola, {name}:\n\n¡Gracias por tu interés en {co}! Para recibir nuestra newsletter, confirma tu suscripción haciendo clic en el botón de abajo.\n\nConfirmo mi suscripción\n{url}\n\nSin confirmación, tu dirección no se añadirá a nuestra lista.',
    },
    pt: {
      subject: 'Confirme a sua inscrição na newsletter {co}',
      body: 'Olá {name},\n\nObrigado pelo seu interesse na {co}! Para receber a nossa newsletter, confirme a sua inscrição clicando no botão abaixo.\n\nConfirmo a minha inscrição\n{url}\n\nSem confirmação, o seu endereço não será adicionado à nossa lista.',
    },
    it: {
      subject: 'Conferma la tua iscrizione alla newsletter {co}',
      body: 'Ciao {name},\n\ngrazie per il tuo interesse per {co}! Per ricevere la nostra newsletter, conferma la tua iscrizione cliccando sul pulsante qui sotto.\n\nConfermo la mia iscrizione\n{url}\n\nSenza conferma il tuo indirizzo non verrà aggiunto alla nostra lista.',
    },
    nl: {
      subject: 'Bevestig je inschrijving op de nieuwsbrief van {co}',
      body: 'Hallo {name},\n\nBedankt voor je interesse in {co}! Bevestig je inschrijving met de knop hieronder om onze nieuwsbrief te ontvangen.\n\nIk bevestig mijn inschrijving\n{url}\n\nZonder bevestiging wordt je adres niet aan onze lijst toegevoegd.',
    },
  },
}
