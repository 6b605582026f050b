// systeme.io: the double opt-in mail of a funnel's opt-in form. systeme.io is French, so its
// French text is closest to the product's; sites that keep the default subject send it in
// French over a body in their own language (de, nl here). Source: reconstruction of
// systeme.io's default double opt-in confirmation email.
import type { Product } from '../product.ts'

const FR_SUBJECT = 'Confirmez votre adresse e-mail'

export const SYSTEMEIO: Product = {
  product: 'systeme.io',
  family: 'subscription',
  source: 'systeme.io default double opt-in confirmation email (reconstruction)',
  hosted: (c) => `${c.slug}@systeme-mail.io`,
  ownLocal: 'contact',
  texts: {
    en: {
      subject: 'Confirm your email address',
      body: 'Hello {name},\n\nPlease confirm your email address to receive the content you asked for from {company}.\n\nCONFIRM MY EMAIL: {link}\n\nSee you soon,\n{company}\n\nUnsubscribe | {site}',
    },
    de: {
      subject: FR_SUBJECT,
      body: 'Hallo {name},\n\nbitte bestätige deine E-Mail-Adresse, um die angeforderten Inhalte von {company} zu erhalten.\n\nE-MAIL BESTÄTIGEN: {link}\n\nBis bald,\n{company}\n\nAbmelden | {site}',
    },
    fr: {
      subject: FR_SUBJECT,
      body: 'Bonjour {name},\n\nMerci de confirmer votre adresse e-mail pour recevoir le contenu demandé à {company}.\n\nJE CONFIRME MON E-MAIL : {link}\n\nÀ très vite,\n{company}\n\nSe désinscrire | {site}',
    },
    es: {
      subject: 'Confirma tu dirección de correo',
      body: 'Hola {name}:\n\nConfirma tu dirección de correo para recibir el contenido que pediste a {company}.\n\nCONFIRMAR MI CORREO: {link}\n\nHasta pronto,\n{company}\n\nDarse de baja | {site}',
    },
    pt: {
      subject: 'Confirme o seu endereço de e-mail',
      body: 'Olá {name},\n\nConfirme o seu endereço de e-mail para receber o conteúdo que pediu à {company}.\n\nCONFIRMAR O MEU E-MAIL: {link}\n\nAté breve,\n{company}\n\nCancelar subscrição | {site}',
    },
    it: {
      subject: 'Conferma il tuo indirizzo email',
      body: 'Ciao {name},\n\nconferma il tuo indirizzo email per ricevere i contenuti richiesti a {company}.\n\nCONFERMO LA MIA EMAIL: {link}\n\nA presto,\n{company}\n\nDisiscriviti | {site}',
    },
    nl: {
      subject: FR_SUBJECT,
      body: 'Hallo {name},\n\nBevestig je e-mailadres om de gevraagde inhoud van {company} te ontvangen.\n\nMIJN E-MAIL BEVESTIGEN: {link}\n\nTot snel,\n{company}\n\nAfmelden | {site}',
    },
  },
}
