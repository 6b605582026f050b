// Campaign Monitor: the confirmation e-mail of a confirmed opt-in list, sent from Campaign
// Monitor's sending domain on behalf of the brand, with "[firstname,fallback=there]".
// source: Campaign Monitor Help, "Confirmed opt-in" and the default confirmation email ("Please
// confirm your subscription", "Yes, subscribe me to this list"), reconstructed.
import type { Product } from './product.ts'

export const CAMPAIGN_MONITOR: Product = {
  product: 'Campaign Monitor',
  family: 'subscription',
  source: 'Campaign Monitor Help "Confirmed opt-in", default confirmation email',
  locals: ['news', 'newsletter', 'updates'],
  hosted: (c) => `${c.slug}@cmail19.com`,
  link: (c, token) => `https://${c.slug}.createsend1.com/t/r-${token}`,
  texts: {
    en: [
      {
        subject: 'Confirm your subscription to {company}',
        body: 'Hi {name},\n\nThanks for signing up! To complete your subscription to {company}, please confirm your email address.\n\nYes, subscribe me to this list ( {link} )\n\nIf you received this email by mistake, simply delete it. You won’t be subscribed unless you confirm.',
      },
    ],
    de: [
      {
        subject: 'Bestätigen Sie Ihr Abonnement bei {company}',
        body: 'Hallo {name},\n\ndanke für Ihre Anmeldung! Um Ihr Abonnement bei {company} abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse.\n\nJa, für diese Liste anmelden ( {link} )\n\nWenn Sie diese E-Mail irrtümlich erhalten haben, löschen Sie sie einfach. Ohne Bestätigung werden Sie nicht eingetragen.',
      },
    ],
    fr: [
      {
        subject: 'Confirmez votre abonnement à {company}',
        body: 'Bonjour {name},\n\nMerci de votre inscription ! Pour finaliser votre abonnement à {company}, confirmez votre adresse e-mail.\n\nOui, abonnez-moi à cette liste ( {link} )\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le. Sans confirmation, vous ne serez pas abonné(e).',
      },
    ],
    es: [
      {
        subject: 'Confirma tu suscripción a {company}',
        body: 'Hola {name}:\n\n¡Gracias por registrarte! Para completar tu suscripción a {company}, confirma tu dirección de correo.\n\nSí, suscribirme a esta lista ( {link} )\n\nSi recibiste este correo por error, bórralo. No te suscribiremos sin tu confirmación.',
      },
    ],
    pt: [
      {
        subject: 'Confirme a sua subscrição de {company}',
        body: 'Olá {name},\n\nObrigado por se registar! Para concluir a subscrição de {company}, confirme o seu endereço de e-mail.\n\nSim, subscrever esta lista ( {link} )\n\nSe recebeu este e-mail por engano, elimine-o. Sem confirmação não será inscrito.',
      },
    ],
    it: [
      {
        subject: 'Conferma la tua iscrizione a {company}',
        body: 'Ciao {name},\n\ngrazie per esserti registrato! Per completare l’iscrizione a {company}, conferma il tuo indirizzo email.\n\nSì, iscrivimi a questa lista ( {link} )\n\nSe hai ricevuto questa email per errore, eliminala. Senza conferma non verrai iscritto.',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je abonnement op {company}',
        body: 'Hoi {name},\n\nBedankt voor je aanmelding! Bevestig je e-mailadres om je abonnement op {company} af te ronden.\n\nJa, schrijf me in voor deze lijst ( {link} )\n\nHeb je deze e-mail per vergissing gekregen? Verwijder hem dan. Zonder bevestiging word je niet ingeschreven.',
      },
    ],
  },
}
