// Sender (sender.net): the double opt-in mail of a subscription form, greeting the subscriber
// by the first name typed into it. source: reconstruction of Sender's default double opt-in
// email ("Please confirm your subscription", a confirm button); translations reconstructed.
import type { Product } from '../product.ts'

export const SENDER_NET: Product = {
  product: 'Sender',
  family: 'subscription',
  source: 'reconstruction of the default double opt-in email (Sender help centre)',
  echo: 'name',
  own: ['{co} <news@mail.{domain}>', '{co} <newsletter@{domain}>'],
  hosted: (c) => `${c.name} <${c.slug}@${c.slug}.esp-send.net>`,
  texts: {
    en: {
      subject: 'Please confirm your subscription',
      body: "Hi {name},\n\nPlease confirm your subscription to {co} by clicking the button below.\n\nConfirm subscription\n{url}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.",
    },
    de: {
      subject: 'Bitte bestätige dein Abonnement',
      body: 'Hallo {name},\n\nbitte bestätige dein Abonnement von {co}, indem du auf die Schaltfläche unten klickst.\n\nAbonnement bestätigen\n{url}\n\nWenn du diese E-Mail irrtümlich erhalten hast, lösche sie einfach. Ohne Klick auf den Link wirst du nicht eingetragen.',
    },
    fr: {
      subject: 'Merci de confirmer votre abonnement',
      body: "Bonjour {name},\n\nMerci de confirmer votre abonnement à {co} en cliquant sur le bouton ci-dessous.\n\nConfirmer l'abonnement\n{url}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le simplement. Sans clic sur le lien, vous ne serez pas inscrit.",
    },
    es: {
      subject: 'Confirma tu suscripción',
      body: 'Hola, {name}:\n\nConfirma tu suscripción a {co} haciendo clic en el botón de abajo.\n\nConfirmar suscripción\n{url}\n\nSi has recibido este correo por error, bórralo. Si no haces clic en el enlace, no te suscribiremos.',
    },
    pt: {
      subject: 'Confirme a sua subscrição',
      body: 'Olá {name},\n\nConfirme a sua subscrição de {co} clicando no botão abaixo.\n\nConfirmar subscrição\n{url}\n\nSe recebeu este e-mail por engano, basta apagá-lo. Sem clicar na ligação, não ficará inscrito.',
    },
    it: {
      subject: "Conferma l'iscrizione",
      body: 'Ciao {name},\n\nconferma la tua iscrizione a {co} cliccando sul pulsante qui sotto.\n\nConferma iscrizione\n{url}\n\nSe hai ricevuto questa email per errore, cancellala. Se non clicchi sul link non verrai iscritto.',
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: 'Hoi {name},\n\nBevestig je inschrijving bij {co} door op de knop hieronder te klikken.\n\nInschrijving bevestigen\n{url}\n\nHeb je deze e-mail per vergissing gekregen, verwijder hem dan. Zonder klik op de link word je niet ingeschreven.',
    },
  },
}
