// Newsletter double opt-in mails of two products no earlier set used, written from memory of
// their documented defaults in our own words.
import type { Product } from './types.ts'

// Mailmunch double opt-in confirmation (mailmunch.com help center, "Double opt-in"); the
// default text is English, the others are our rendering of it.
export const MAILMUNCH: Product = {
  family: 'subscription',
  product: 'Mailmunch Double Opt-in',
  sender: 'hosted',
  texts: {
    en: {
      subject: 'Please confirm your subscription',
      body: 'Hi {p},\n\nThanks for subscribing to {c}! Please confirm your subscription by clicking the button below.\n\n[Confirm Subscription] {link}\n\nIf you received this email by mistake, simply delete it.',
    },
    de: {
      subject: 'Bitte bestätige dein Abonnement',
      body: 'Hallo {p},\n\ndanke für deine Anmeldung bei {c}! Bitte bestätige dein Abonnement über den Button unten.\n\n[Abonnement bestätigen] {link}\n\nFalls du diese E-Mail irrtümlich erhalten hast, lösche sie einfach.',
    },
    fr: {
      subject: 'Merci de confirmer votre abonnement',
      body: 'Bonjour {p},\n\nmerci de vous être abonné à {c} ! Confirmez votre abonnement en cliquant sur le bouton ci-dessous.\n\n[Confirmer l’abonnement] {link}\n\nSi vous avez reçu ce message par erreur, supprimez-le.',
    },
    es: {
      subject: 'Confirma tu suscripción',
      body: 'Hola {p}:\n\n¡Gracias por suscribirte a {c}! Confirma tu suscripción con el botón de abajo.\n\n[Confirmar suscripción] {link}\n\nSi recibiste este correo por error, bórralo.',
    },
    pt: {
      subject: 'Confirme a sua subscrição',
      body: 'Olá {p},\n\nobrigado por subscrever {c}! Confirme a subscrição no botão abaixo.\n\n[Confirmar subscrição] {link}\n\nSe recebeu este e-mail por engano, apague-o.',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: 'Ciao {p},\n\ngrazie per esserti iscritto a {c}! Conferma l’iscrizione con il pulsante qui sotto.\n\n[Conferma iscrizione] {link}\n\nSe hai ricevuto questa email per errore, cancellala.',
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: 'Hoi {p},\n\nbedankt voor je inschrijving bij {c}! Bevestig je inschrijving met de knop hieronder.\n\n[Inschrijving bevestigen] {link}\n\nHeb je deze mail per ongeluk gekregen, verwijder hem dan.',
    },
  },
}

// Copernica double opt-in (copernica.com documentation, "Double opt-in" with a confirmation
// document); Dutch and English are its own languages, the others our rendering.
export const COPERNICA: Product = {
  family: 'subscription',
  product: 'Copernica Double Opt-in',
  sender: 'hosted',
  texts: {
    en: {
      subject: '{c}: one more step to complete your registration',
      body: 'Dear {p},\n\nYou have registered for the {c} newsletter. To complete your registration, click the link below. Only then will you receive our mailings.\n\n{link}\n\nNot you? Then you do not need to do anything.',
    },
    de: {
      subject: '{c}: noch ein Schritt bis zur Anmeldung',
      body: 'Liebe/r {p},\n\nSie haben sich für den Newsletter von {c} angemeldet. Klicken Sie auf den Link unten, um die Anmeldung abzuschließen. Erst dann erhalten Sie unsere Mailings.\n\n{link}',
    },
    fr: {
      subject: '{c} : encore une étape pour finaliser votre inscription',
      body: 'Cher/Chère {p},\n\nvous vous êtes inscrit à la newsletter de {c}. Cliquez sur le lien ci-dessous pour finaliser l’inscription.\n\n{link}',
    },
    es: {
      subject: '{c}: un paso más para completar tu alta',
      body: 'Hola {p}:\n\nte has dado de alta en el boletín de {c}. Haz clic en el enlace para completar el alta; solo entonces recibirás nuestros envíos.\n\n{link}',
    },
    pt: {
      subject: '{c}: falta só um passo para concluir o cadastro',
      body: 'Olá {p},\n\nvocê se cadastrou na newsletter de {c}. Clique no link abaixo para concluir o cadastro.\n\n{link}',
    },
    it: {
      subject: '{c}: manca un passo per completare l’iscrizione',
      body: 'Caro/a {p},\n\nti sei iscritto alla newsletter di {c}. Clicca sul link qui sotto per completare l’iscrizione.\n\n{link}',
    },
    nl: {
      subject: '{c}: nog één stap om je aanmelding af te ronden',
      body: 'Beste {p},\n\nJe hebt je aangemeld voor de nieuwsbrief van {c}. Klik op de link hieronder om je aanmelding af te ronden. Pas daarna ontvang je onze mailings.\n\n{link}\n\nWas jij dit niet? Dan hoef je niets te doen.',
    },
  },
}
