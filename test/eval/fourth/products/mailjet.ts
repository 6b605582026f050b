// Mailjet: the confirmation e-mail of a subscription widget (double opt-in), sent from the
// widget owner's sender address.
// source: Mailjet documentation, "Subscription widget" confirmation email (default button "Yes,
// subscribe me to this list" and the "received this email by mistake" footer; localised by
// Mailjet for its widget languages), reconstructed.
import type { Product } from './product.ts'

export const MAILJET: Product = {
  product: 'Mailjet',
  family: 'subscription',
  source: 'Mailjet subscription widget, default double opt-in confirmation email',
  locals: ['newsletter', 'info', 'marketing'],
  subdomains: ['', 'news.', 'email.'],
  link: (_c, token) => `https://app.mailjet.com/widget/iframe/confirm/${token}`,
  texts: {
    en: [
      {
        subject: 'Please confirm your subscription',
        body: '{company}\n\nPlease confirm your subscription\n\nTo receive newsletters from {company} please confirm your subscription by clicking the following button:\n\nYes, subscribe me to this list ( {link} )\n\nIf you received this email by mistake or don’t wish to subscribe anymore, simply ignore this message.',
      },
    ],
    de: [
      {
        subject: 'Bitte bestätigen Sie Ihre Anmeldung',
        body: '{company}\n\nBitte bestätigen Sie Ihre Anmeldung\n\nUm den Newsletter von {company} zu erhalten, bestätigen Sie bitte Ihre Anmeldung mit einem Klick auf die folgende Schaltfläche:\n\nJa, ich möchte mich anmelden ( {link} )\n\nWenn Sie diese E-Mail irrtümlich erhalten haben oder sich nicht mehr anmelden möchten, ignorieren Sie diese Nachricht einfach.',
      },
    ],
    fr: [
      {
        subject: 'Merci de confirmer votre inscription',
        body: '{company}\n\nMerci de confirmer votre inscription\n\nPour recevoir la newsletter de {company}, confirmez votre inscription en cliquant sur le bouton suivant :\n\nOui, je m’inscris à cette liste ( {link} )\n\nSi vous avez reçu cet e-mail par erreur ou ne souhaitez plus vous inscrire, ignorez simplement ce message.',
      },
    ],
    es: [
      {
        subject: 'Por favor, confirma tu suscripción',
        body: '{company}\n\nPor favor, confirma tu suscripción\n\nPara recibir la newsletter de {company}, confirma tu suscripción haciendo clic en el siguiente botón:\n\nSí, suscribirme a esta lista ( {link} )\n\nSi has recibido este correo por error o ya no quieres suscribirte, simplemente ignora este mensaje.',
      },
    ],
    pt: [
      {
        subject: 'Por favor, confirme a sua subscrição',
        body: '{company}\n\nPor favor, confirme a sua subscrição\n\nPara receber a newsletter da {company}, confirme a sua subscrição clicando no botão seguinte:\n\nSim, quero subscrever esta lista ( {link} )\n\nSe recebeu este e-mail por engano ou já não deseja subscrever, ignore esta mensagem.',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione',
        body: '{company}\n\nConferma la tua iscrizione\n\nPer ricevere la newsletter di {company}, conferma l’iscrizione facendo clic sul pulsante seguente:\n\nSì, iscrivimi a questa lista ( {link} )\n\nSe hai ricevuto questa email per errore o non desideri più iscriverti, ignora semplicemente questo messaggio.',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je inschrijving',
        body: '{company}\n\nBevestig je inschrijving\n\nOm de nieuwsbrief van {company} te ontvangen, bevestig je je inschrijving door op de volgende knop te klikken:\n\nJa, schrijf me in voor deze lijst ( {link} )\n\nHeb je deze e-mail per vergissing ontvangen of wil je je niet meer inschrijven? Negeer dit bericht dan.',
      },
    ],
  },
}
