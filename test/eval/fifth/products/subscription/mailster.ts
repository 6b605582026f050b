// Mailster (WordPress newsletter plugin): the confirmation message of a form with double opt-in,
// default subject "Please confirm", headline "Please confirm your Email Address" and text "You
// have to confirm your email address. Please click the link below to confirm." Source: Mailster
// form settings "Double Opt In" defaults (wording reconstructed; other languages after its
// translations).
import type { Product } from '../../product.ts'

const confirm = (f: { domain: string; token: string }) =>
  `https://${f.domain}/mailster/confirm/${f.token.slice(0, 32)}`

export const MAILSTER: Product = {
  product: 'Mailster',
  family: 'subscription',
  source: 'Mailster double opt-in defaults, subject "Please confirm"',
  echo: 'none',
  hosted: null,
  locals: ['newsletter', 'noreply', 'wordpress'],
  subdomains: ['', 'www.'],
  texts: {
    en: (f) => ({
      subject: 'Please confirm',
      body: `Please confirm your Email Address\n\nYou have to confirm your email address. Please click the link below to confirm.\n\n${confirm(f)}\n\n${f.company}`,
    }),
    de: (f) => ({
      subject: 'Bitte bestätigen',
      body: `Bitte bestätige deine E-Mail-Adresse\n\nDu musst deine E-Mail-Adresse bestätigen. Klicke dazu auf den folgenden Link.\n\n${confirm(f)}\n\n${f.company}`,
    }),
    fr: (f) => ({
      subject: 'Merci de confirmer',
      body: `Merci de confirmer votre adresse e-mail\n\nVous devez confirmer votre adresse e-mail. Cliquez sur le lien ci-dessous pour confirmer.\n\n${confirm(f)}\n\n${f.company}`,
    }),
    es: (f) => ({
      subject: 'Por favor, confirma',
      body: `Por favor, confirma tu dirección de correo\n\nTienes que confirmar tu dirección de correo. Haz clic en el enlace de abajo para confirmarla.\n\n${confirm(f)}\n\n${f.company}`,
    }),
    pt: (f) => ({
      subject: 'Por favor, confirme',
      body: `Por favor, confirme o seu endereço de e-mail\n\nTem de confirmar o seu endereço de e-mail. Clique na ligação abaixo para confirmar.\n\n${confirm(f)}\n\n${f.company}`,
    }),
    it: (f) => ({
      subject: 'Conferma, per favore',
      body: `Conferma il tuo indirizzo email\n\nDevi confermare il tuo indirizzo email. Clicca sul link qui sotto per confermare.\n\n${confirm(f)}\n\n${f.company}`,
    }),
    nl: (f) => ({
      subject: 'Graag bevestigen',
      body: `Bevestig je e-mailadres\n\nJe moet je e-mailadres bevestigen. Klik op de link hieronder om te bevestigen.\n\n${confirm(f)}\n\n${f.company}`,
    }),
  },
}
