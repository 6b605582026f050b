// Appwrite: the account verification mail of Appwrite Auth (Cloud's default SMTP, or the
// project's own), with the user's name in the greeting.
// source: appwrite/appwrite app/config/locale/translations/<lang>.json keys
// "emails.verification.subject/hello/body/footer/thanks/signature" (reconstructed, not copied).
import type { Product } from './product.ts'

export const APPWRITE_VERIFICATION: Product = {
  product: 'Appwrite',
  family: 'verification',
  source: 'appwrite/appwrite locale translations, emails.verification.*',
  locals: ['noreply', 'auth'],
  subdomains: ['', 'auth.', 'mail.'],
  hosted: () => 'noreply@appwrite.io',
  link: (c, token) =>
    `https://cloud.appwrite.io/v1/account/verification?userId=${token.slice(0, 8)}&secret=${token}&project=${c.slug}`,
  texts: {
    en: [
      {
        subject: 'Account Verification for {company}',
        body: 'Hello {name},\n\nFollow this link to verify your email address.\n{link}\n\nIf you didn’t ask to verify this address, you can ignore this message.\n\nThanks,\n{company} team',
      },
    ],
    de: [
      {
        subject: 'Kontobestätigung für {company}',
        body: 'Hallo {name},\n\nfolge diesem Link, um deine E-Mail-Adresse zu bestätigen.\n{link}\n\nWenn du diese Bestätigung nicht angefordert hast, kannst du diese Nachricht ignorieren.\n\nDanke,\nDein {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Vérification du compte pour {company}',
        body: 'Bonjour {name},\n\nSuivez ce lien pour vérifier votre adresse e-mail.\n{link}\n\nSi vous n’avez pas demandé cette vérification, ignorez ce message.\n\nMerci,\nL’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Verificación de cuenta para {company}',
        body: 'Hola {name}:\n\nSigue este enlace para verificar tu dirección de correo.\n{link}\n\nSi no solicitaste esta verificación, puedes ignorar este mensaje.\n\nGracias,\nEl equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Verificação de conta para {company}',
        body: 'Olá {name},\n\nSiga este link para verificar o seu endereço de e-mail.\n{link}\n\nSe não pediu esta verificação, pode ignorar esta mensagem.\n\nObrigado,\nEquipa {company}',
      },
    ],
    it: [
      {
        subject: 'Verifica dell’account per {company}',
        body: 'Ciao {name},\n\nsegui questo link per verificare il tuo indirizzo email.\n{link}\n\nSe non hai richiesto la verifica, puoi ignorare questo messaggio.\n\nGrazie,\nIl team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Accountverificatie voor {company}',
        body: 'Hallo {name},\n\nVolg deze link om je e-mailadres te verifiëren.\n{link}\n\nHeb je niet om deze verificatie gevraagd? Dan kun je dit bericht negeren.\n\nBedankt,\nHet {company}-team',
      },
    ],
  },
}
