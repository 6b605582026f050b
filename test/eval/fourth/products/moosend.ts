// Moosend: the double opt-in confirmation of a mailing list, with the subscriber's name from the
// subscription form (#recipient:Name#).
// source: Moosend Help Center, "Double opt-in confirmation email" of a mailing list (default
// wording reconstructed); list owners translate it.
import type { Product } from './product.ts'

export const MOOSEND: Product = {
  product: 'Moosend',
  family: 'subscription',
  source: 'Moosend Help Center, mailing list double opt-in confirmation email',
  locals: ['newsletter', 'news', 'team'],
  subdomains: ['', 'mail.', 'm.'],
  link: (_c, token) => `https://confirm.moosend.com/subscribe/${token}`,
  texts: {
    en: [
      {
        subject: 'One more step: confirm your email',
        body: 'Hi {name},\n\nThanks for subscribing to {company}! Just one more step: click the button below to confirm your email address and start receiving our updates.\n\nConfirm subscription ( {link} )\n\nDidn’t subscribe? No worries, just ignore this email.',
      },
    ],
    de: [
      {
        subject: 'Nur noch ein Schritt: Bestätige deine E-Mail-Adresse',
        body: 'Hallo {name},\n\ndanke für deine Anmeldung bei {company}! Nur noch ein Schritt: Klicke auf die Schaltfläche unten, um deine E-Mail-Adresse zu bestätigen.\n\nAnmeldung bestätigen ( {link} )\n\nDu hast dich nicht angemeldet? Dann ignoriere diese E-Mail einfach.',
      },
    ],
    fr: [
      {
        subject: 'Plus qu’une étape : confirme ton e-mail',
        body: 'Coucou {name},\n\nMerci de t’être abonné(e) à {company} ! Plus qu’une étape : clique sur le bouton ci-dessous pour confirmer ton adresse.\n\nConfirmer l’abonnement ( {link} )\n\nTu ne t’es pas abonné(e) ? Ignore simplement cet e-mail.',
      },
    ],
    es: [
      {
        subject: 'Un paso más: confirma tu correo',
        body: 'Hola {name}:\n\n¡Gracias por suscribirte a {company}! Solo falta un paso: pulsa el botón de abajo para confirmar tu dirección.\n\nConfirmar suscripción ( {link} )\n\n¿No te has suscrito? Ignora este correo.',
      },
    ],
    pt: [
      {
        subject: 'Só mais um passo: confirme o seu e-mail',
        body: 'Olá {name},\n\nObrigado por subscrever a {company}! Falta só um passo: clique no botão abaixo para confirmar o seu endereço.\n\nConfirmar subscrição ( {link} )\n\nNão subscreveu? Ignore este e-mail.',
      },
    ],
    it: [
      {
        subject: 'Ancora un passo: conferma la tua email',
        body: 'Ciao {name},\n\ngrazie per esserti iscritto a {company}! Manca solo un passo: fai clic sul pulsante qui sotto per confermare il tuo indirizzo.\n\nConferma iscrizione ( {link} )\n\nNon ti sei iscritto? Ignora questa email.',
      },
    ],
    nl: [
      {
        subject: 'Nog één stap: bevestig je e-mailadres',
        body: 'Hoi {name},\n\nBedankt voor je inschrijving bij {company}! Nog één stap: klik op de knop hieronder om je e-mailadres te bevestigen.\n\nInschrijving bevestigen ( {link} )\n\nNiet ingeschreven? Negeer deze e-mail dan.',
      },
    ],
  },
}
