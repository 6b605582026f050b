// Keila (open-source newsletter tool): the double opt-in email of a sign-up form, default
// subject "Please confirm your email", with the project's name and a confirm link; sent from
// the sender configured for the project (own domain, or Keila Cloud's shared sender). Source:
// pentacent/keila default double-opt-in email template and its gettext translations
// (wording reconstructed).
import type { Product } from '../../product.ts'

const confirm = (f: { token: string }) =>
  `https://app.keila.io/double-opt-in/${f.token.slice(0, 12)}/${f.token.slice(12, 32)}`

export const KEILA: Product = {
  product: 'Keila',
  family: 'subscription',
  source: 'pentacent/keila double opt-in email template (reconstruction)',
  echo: 'none',
  hosted: (c) => `${c.name} <noreply@mailings.keila.io>`,
  locals: ['newsletter', 'letters', 'hi'],
  subdomains: ['', 'newsletter.'],
  texts: {
    en: (f) => ({
      subject: 'Please confirm your email',
      body: `Please confirm your email\n\nYou have signed up for the ${f.company} newsletter. Please click the link below to confirm your email address:\n\n${confirm(f)}\n\nIf you didn't sign up, you can ignore this email.`,
    }),
    de: (f) => ({
      subject: 'Bitte bestätige deine E-Mail-Adresse',
      body: `Bitte bestätige deine E-Mail-Adresse\n\nDu hast dich für den Newsletter von ${f.company} angemeldet. Klicke auf den Link unten, um deine E-Mail-Adresse zu bestätigen:\n\n${confirm(f)}\n\nWenn du dich nicht angemeldet hast, kannst du diese E-Mail ignorieren.`,
    }),
    fr: (f) => ({
      subject: 'Veuillez confirmer votre e-mail',
      body: `Veuillez confirmer votre e-mail\n\nVous vous êtes inscrit à la newsletter de ${f.company}. Cliquez sur le lien ci-dessous pour confirmer votre adresse :\n\n${confirm(f)}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.`,
    }),
    es: (f) => ({
      subject: 'Confirme su correo electrónico',
      body: `Confirme su correo electrónico\n\nSe ha suscrito al boletín de ${f.company}. Haga clic en el enlace para confirmar su dirección:\n\n${confirm(f)}\n\nSi no se suscribió, ignore este correo.`,
    }),
    pt: (f) => ({
      subject: 'Confirme o seu e-mail',
      body: `Confirme o seu e-mail\n\nInscreveu-se na newsletter da ${f.company}. Clique na ligação abaixo para confirmar o seu endereço:\n\n${confirm(f)}\n\nSe não se inscreveu, ignore este e-mail.`,
    }),
    it: (f) => ({
      subject: 'Conferma la tua email',
      body: `Conferma la tua email\n\nTi sei iscritto alla newsletter di ${f.company}. Clicca sul link qui sotto per confermare il tuo indirizzo:\n\n${confirm(f)}\n\nSe non ti sei iscritto, ignora questa email.`,
    }),
    nl: (f) => ({
      subject: 'Bevestig je e-mailadres',
      body: `Bevestig je e-mailadres\n\nJe hebt je aangemeld voor de nieuwsbrief van ${f.company}. Klik op de link hieronder om je e-mailadres te bevestigen:\n\n${confirm(f)}\n\nHeb je je niet aangemeld, dan kun je deze e-mail negeren.`,
    }),
  },
}
