// Keycloak (Apache-2.0): the email-verification mail of its default theme messages
// (emailVerificationSubject "Verify email", "Someone has created a … account with this email
// address. If this was you, click the link below to verify your email address").
import type { Product } from '../types.ts'

export const keycloak: Product = {
  family: 'verification',
  product: 'Keycloak',
  source: 'keycloak themes/src/main/resources/theme/base/email/messages/messages_<lang>.properties',
  senders: [{ shape: 'own', local: 'auth', name: '{company} Login' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Verify email',
        body: "Someone has created a {company} account with this email address. If this was you, click the link below to verify your email address\n\n{url}\n\nThis link will expire within 5 minutes.\n\nIf you didn't create this account, just ignore this message.",
      },
    ],
    de: [
      {
        subject: 'E-Mail verifizieren',
        body: 'Jemand hat ein {company}-Konto mit dieser E-Mail-Adresse erstellt. Falls Sie das waren, klicken Sie auf den Link, um Ihre E-Mail-Adresse zu verifizieren.\n\n{url}\n\nDieser Link wird in 5 Minuten ablaufen.',
      },
    ],
    fr: [
      {
        subject: 'Vérification du courriel',
        body: 'Quelqu’un vient de créer un compte « {company} » avec votre courriel. Si vous êtes à l’origine de cette requête, veuillez cliquer sur le lien ci-dessous afin de vérifier votre adresse de courriel.\n\n{url}\n\nCe lien expire dans 5 minutes.',
      },
    ],
    es: [
      {
        subject: 'Verificación de email',
        body: 'Alguien ha creado una cuenta de {company} con esta dirección de email. Si has sido tú, haz clic en el siguiente enlace para verificar tu dirección de email.\n\n{url}\n\nEste enlace caducará en 5 minutos.',
      },
    ],
    pt: [
      {
        subject: 'Verificação de e-mail',
        body: 'Alguém criou uma conta {company} com este endereço de e-mail. Se foi você, clique no link abaixo para verificar o seu endereço de e-mail.\n\n{url}\n\nEste link expirará em 5 minutos.',
      },
    ],
    it: [
      {
        subject: 'Verifica l’email',
        body: 'Qualcuno ha creato un account {company} con questo indirizzo email. Se sei stato tu, fai clic sul link qui sotto per verificare il tuo indirizzo email.\n\n{url}\n\nIl link scadrà tra 5 minuti.',
      },
    ],
    nl: [
      {
        subject: 'Bevestig e-mailadres',
        body: 'Iemand heeft een {company} account aangemaakt met dit e-mailadres. Als u dit was, klik dan op de onderstaande link om uw e-mailadres te bevestigen.\n\n{url}\n\nDeze link zal binnen 5 minuten vervallen.',
      },
    ],
  },
}
