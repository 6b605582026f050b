// PocketBase: the default "Verify your {APP_NAME} email" template of an auth collection, sent
// from the app's own SMTP settings (the sender address defaults to noreply@<domain>).
// source: pocketbase/pocketbase core/collection_model_auth_templates.go, default verification
// template (reconstructed); apps replace the English text themselves, as here.
import type { Product } from './product.ts'

export const POCKETBASE_VERIFICATION: Product = {
  product: 'PocketBase',
  family: 'verification',
  source: 'pocketbase/pocketbase default verification template "Verify your {APP_NAME} email"',
  locals: ['noreply', 'support'],
  link: (c, token) => `https://${c.domain}/_/#/auth/confirm-verification/${token}`,
  texts: {
    en: [
      {
        subject: 'Verify your {company} email',
        body: 'Hello,\n\nThank you for joining us at {company}.\n\nClick on the button below to verify your email address.\n\nVerify ( {link} )\n\nThanks,\n{company} team',
      },
    ],
    de: [
      {
        subject: 'Bestätige deine E-Mail-Adresse für {company}',
        body: 'Hallo,\n\nschön, dass du bei {company} dabei bist.\n\nKlicke auf die Schaltfläche unten, um deine E-Mail-Adresse zu bestätigen.\n\nBestätigen ( {link} )\n\nDanke,\ndein {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Vérifiez votre e-mail {company}',
        body: 'Bonjour,\n\nMerci de nous avoir rejoints sur {company}.\n\nCliquez sur le bouton ci-dessous pour vérifier votre adresse e-mail.\n\nVérifier ( {link} )\n\nMerci,\nL’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Verifica tu correo de {company}',
        body: 'Hola:\n\nGracias por unirte a {company}.\n\nHaz clic en el botón de abajo para verificar tu dirección de correo.\n\nVerificar ( {link} )\n\nGracias,\nEl equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Verifique seu e-mail da {company}',
        body: 'Olá,\n\nObrigado por se juntar a nós na {company}.\n\nClique no botão abaixo para verificar seu endereço de e-mail.\n\nVerificar ( {link} )\n\nObrigado,\nEquipe {company}',
      },
    ],
    it: [
      {
        subject: 'Verifica la tua email di {company}',
        body: 'Ciao,\n\ngrazie per esserti unito a {company}.\n\nFai clic sul pulsante qui sotto per verificare il tuo indirizzo email.\n\nVerifica ( {link} )\n\nGrazie,\nIl team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je e-mailadres voor {company}',
        body: 'Hallo,\n\nBedankt dat je je bij {company} hebt aangemeld.\n\nKlik op de knop hieronder om je e-mailadres te bevestigen.\n\nBevestigen ( {link} )\n\nBedankt,\nHet {company}-team',
      },
    ],
  },
}
