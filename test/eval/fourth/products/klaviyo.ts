// Klaviyo: the double opt-in confirmation of a list, sent from the brand's address or Klaviyo's
// shared sending domain, greeting the first name given in the sign-up form when there is one.
// source: Klaviyo Help Center, "How to customize your double opt-in confirmation email" (default
// heading "Please confirm your subscription", button "Yes, subscribe me to this list."),
// reconstructed; brands translate the template.
import type { Product } from './product.ts'

export const KLAVIYO: Product = {
  product: 'Klaviyo',
  family: 'subscription',
  source: 'Klaviyo Help Center, default double opt-in confirmation email',
  locals: ['hello', 'news', 'shop'],
  subdomains: ['', 'send.', 'email.'],
  hosted: (c) => `${c.slug}@send.klaviyomail.com`,
  link: (_c, token) =>
    `https://manage.kmail-lists.com/subscriptions/subscribe?a=${token.slice(0, 6)}&g=${token}`,
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company}',
        body: 'Hi {name},\n\nPlease confirm your subscription\n\nYes, subscribe me to this list. ( {link} )\n\nIf you received this email by mistake, simply delete it. You won’t be subscribed if you don’t click the confirmation link above.\n\n{company}',
      },
    ],
    de: [
      {
        subject: 'Bestätige dein Abo bei {company}',
        body: 'Hallo {name},\n\nbitte bestätige dein Abonnement\n\nJa, ich möchte den Newsletter erhalten. ( {link} )\n\nFalls du diese E-Mail versehentlich erhalten hast, lösche sie einfach. Ohne Klick auf den Bestätigungslink wirst du nicht eingetragen.\n\n{company}',
      },
    ],
    fr: [
      {
        subject: 'Confirmez votre abonnement à {company}',
        body: 'Bonjour {name},\n\nMerci de confirmer votre abonnement\n\nOui, je m’abonne à cette liste. ( {link} )\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le simplement. Vous ne serez pas inscrit(e) sans cliquer sur le lien de confirmation.\n\n{company}',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción a {company}',
        body: 'Hola {name}:\n\nConfirma tu suscripción\n\nSí, suscribirme a esta lista. ( {link} )\n\nSi has recibido este correo por error, bórralo. No se te suscribirá si no haces clic en el enlace de confirmación.\n\n{company}',
      },
    ],
    pt: [
      {
        subject: 'Confirme sua inscrição na {company}',
        body: 'Oi {name},\n\nConfirme sua inscrição\n\nSim, quero me inscrever nesta lista. ( {link} )\n\nSe você recebeu este e-mail por engano, basta apagá-lo. Você não será inscrito se não clicar no link de confirmação.\n\n{company}',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione a {company}',
        body: 'Ciao {name},\n\nconferma la tua iscrizione\n\nSì, iscrivimi a questa lista. ( {link} )\n\nSe hai ricevuto questa email per errore, eliminala. Non sarai iscritto se non fai clic sul link di conferma.\n\n{company}',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je inschrijving bij {company}',
        body: 'Hoi {name},\n\nBevestig je inschrijving\n\nJa, schrijf me in voor deze lijst. ( {link} )\n\nHeb je deze e-mail per ongeluk ontvangen? Verwijder hem dan. Zonder klik op de bevestigingslink word je niet ingeschreven.\n\n{company}',
      },
    ],
  },
}
