// Emailchef: the double opt-in mail of an Italian email-marketing service's subscription form
// ("Conferma la tua iscrizione", a button, and a long privacy footer citing the EU regulation
// 2016/679). Reconstruction of the product's default confirmation; Italian is closest, the other
// languages are written for this set. Sent through a mailing subdomain of the company or the
// service's own domain.
import { lines, type Ctx, type Product } from '../../product.ts'

function optIn(subject: string, ask: string, button: string, privacy: string) {
  return (c: Ctx) => ({
    subject,
    body: lines(
      ask.replace('%', c.company),
      ``,
      `${button} → ${c.link}`,
      ``,
      `${c.company} — ${c.domain}`,
      privacy,
    ),
  })
}

export const EMAILCHEF: Product = {
  product: 'Emailchef',
  family: 'subscription',
  source: 'Emailchef subscription form double opt-in email (reconstruction)',
  echo: [],
  own: ['newsletter.mail', 'info'],
  hosted: (c) => `${c.name} <${c.slug}@emailchef-send.it>`,
  texts: {
    it: optIn(
      'Conferma la tua iscrizione',
      'Grazie per esserti iscritto alla newsletter di %! Clicca sul pulsante per confermare.',
      'CONFERMA ISCRIZIONE',
      'Informativa ai sensi del Regolamento (UE) 2016/679: i tuoi dati saranno trattati dal titolare esclusivamente per l’invio della newsletter. Se non hai richiesto l’iscrizione, ignora questo messaggio: senza conferma non riceverai altre comunicazioni.',
    ),
    en: optIn(
      'Confirm your subscription',
      'Thank you for subscribing to the % newsletter! Click the button to confirm.',
      'CONFIRM SUBSCRIPTION',
      'Notice under Regulation (EU) 2016/679: your data will be processed by the controller solely to send the newsletter. If you did not request this subscription, ignore this message: without confirmation you will receive nothing else.',
    ),
    de: optIn(
      'Bestätige deine Anmeldung',
      'Danke für deine Anmeldung zum Newsletter von %! Klicke auf die Schaltfläche, um sie zu bestätigen.',
      'ANMELDUNG BESTÄTIGEN',
      'Hinweis gemäß Verordnung (EU) 2016/679: Deine Daten werden vom Verantwortlichen ausschließlich für den Versand des Newsletters verarbeitet. Wenn du dich nicht angemeldet hast, ignoriere diese Nachricht.',
    ),
    fr: optIn(
      'Confirmez votre inscription',
      'Merci de vous être inscrit à la newsletter de % ! Cliquez sur le bouton pour confirmer.',
      "CONFIRMER L'INSCRIPTION",
      'Information au titre du règlement (UE) 2016/679 : vos données sont traitées par le responsable uniquement pour l’envoi de la newsletter. Si vous n’avez rien demandé, ignorez ce message.',
    ),
    es: optIn(
      'Confirma tu suscripción',
      '¡Gracias por suscribirte al boletín de %! Haz clic en el botón para confirmar.',
      'CONFIRMAR SUSCRIPCIÓN',
      'Información conforme al Reglamento (UE) 2016/679: tus datos serán tratados por el responsable solo para enviarte el boletín. Si no lo has solicitado, ignora este mensaje.',
    ),
    pt: optIn(
      'Confirme a sua inscrição',
      'Obrigado por se inscrever na newsletter de %! Clique no botão para confirmar.',
      'CONFIRMAR INSCRIÇÃO',
      'Informação nos termos do Regulamento (UE) 2016/679: os seus dados serão tratados pelo responsável apenas para o envio da newsletter. Se não pediu a inscrição, ignore esta mensagem.',
    ),
    nl: optIn(
      'Bevestig je inschrijving',
      'Bedankt voor je inschrijving op de nieuwsbrief van %! Klik op de knop om te bevestigen.',
      'INSCHRIJVING BEVESTIGEN',
      'Informatie volgens Verordening (EU) 2016/679: je gegevens worden door de verwerkingsverantwoordelijke alleen gebruikt om de nieuwsbrief te versturen. Heb je niets aangevraagd, negeer dit bericht dan.',
    ),
  },
}
