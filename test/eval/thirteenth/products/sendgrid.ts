// Twilio SendGrid Marketing Campaigns: the double opt-in confirmation of a hosted signup form,
// sent from the company's sender identity through its authenticated mailing subdomain.
// source: reconstruction of the signup form's default confirmation email ("Please confirm your
// subscription", "Thanks for signing up!"); non-English texts written for this set. The em<N>
// subdomain follows SendGrid's domain-authentication shape; the numbers are invented.
import type { Product } from './types.ts'

export const sendgrid: Product = {
  product: 'SendGrid Marketing Campaigns',
  family: 'subscription',
  source: 'reconstruction (signup form double opt-in default)',
  senders: ['esp', 'esp', 'own', 'display'],
  mailbox: 'hello',
  esp: (c) => `hello@em${1000 + c.slug.length * 317}.${c.domain}`,
  texts: {
    en: {
      subject: 'Please confirm your subscription',
      body: "Thanks for signing up!\n\nTo start receiving emails from {company}, please confirm your subscription by clicking the button below.\n\n[Confirm Subscription] {link}\n\nIf you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link.\n\n{company}, 41 Harbour Row, Cork",
    },
    de: {
      subject: 'Bitte bestätige dein Abonnement',
      body: 'Danke für deine Anmeldung!\n\nUm E-Mails von {company} zu erhalten, bestätige bitte dein Abonnement mit einem Klick auf die Schaltfläche.\n\n[Abonnement bestätigen] {link}\n\nDu hast diese E-Mail irrtümlich erhalten? Dann lösche sie einfach. Ohne Klick auf den Bestätigungslink wirst du nicht eingetragen.\n\n{company}, Hafenstraße 12, 20459 Hamburg',
    },
    fr: {
      subject: 'Merci de confirmer votre abonnement',
      body: "Merci pour votre inscription !\n\nPour recevoir les e-mails de {company}, confirmez votre abonnement en cliquant sur le bouton ci-dessous.\n\n[Confirmer l'abonnement] {link}\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le. Vous ne serez pas inscrit sans cliquer sur le lien.\n\n{company}, 8 quai des Tanneurs, 67000 Strasbourg",
    },
    es: {
      subject: 'Confirma tu suscripción',
      body: '¡Gracias por suscribirte!\n\nPara empezar a recibir correos de {company}, confirma tu suscripción haciendo clic en el botón.\n\n[Confirmar suscripción] {link}\n\nSi has recibido este correo por error, bórralo. No te suscribiremos si no haces clic en el enlace.\n\n{company}, Calle del Puerto 5, 46011 Valencia',
    },
    pt: {
      subject: 'Confirme sua inscrição',
      body: 'Obrigado por se inscrever!\n\nPara começar a receber e-mails da {company}, confirme sua inscrição clicando no botão abaixo.\n\n[Confirmar inscrição] {link}\n\nSe recebeu este e-mail por engano, apague-o. Você não será inscrito se não clicar no link.\n\n{company}, Rua do Porto 210, São Paulo - SP',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: "Grazie per l'iscrizione!\n\nPer ricevere le email di {company}, conferma la tua iscrizione cliccando sul pulsante qui sotto.\n\n[Conferma iscrizione] {link}\n\nSe hai ricevuto questa email per errore, eliminala. Senza clic sul link non verrai iscritto.\n\n{company}, Via del Porto 18, 16128 Genova",
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: 'Bedankt voor je aanmelding!\n\nBevestig je inschrijving met de knop hieronder om e-mails van {company} te ontvangen.\n\n[Inschrijving bevestigen] {link}\n\nDeze e-mail per ongeluk ontvangen? Verwijder hem gewoon. Zonder klik op de link word je niet ingeschreven.\n\n{company}, Havenkade 7, 3011 Rotterdam',
    },
  },
}
