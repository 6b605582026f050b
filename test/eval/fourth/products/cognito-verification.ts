// Amazon Cognito user pools: the sign-up verification code. With Cognito's default e-mail the
// mail comes from no-reply@verificationemail.com; apps that send through SES use their own domain
// and often replace the one-line default with a localised message.
// source: AWS Cognito Developer Guide, "Customizing email verification messages" (default subject
// "Your verification code", message "Your verification code is {####}.").
import type { Product } from './product.ts'

export const COGNITO_VERIFICATION: Product = {
  product: 'Amazon Cognito',
  family: 'verification',
  source:
    'AWS Cognito Developer Guide, default verification message "Your verification code is {####}."',
  locals: ['no-reply', 'accounts', 'verify'],
  subdomains: ['', 'auth.', 'mail.'],
  hosted: () => 'no-reply@verificationemail.com',
  texts: {
    en: [
      { subject: 'Your verification code', body: 'Your verification code is {code}.' },
      {
        subject: 'Verify your new {company} account',
        body: 'Thanks for signing up for {company}!\n\nYour verification code is {code}.\n\nEnter it in the app within 24 hours to finish creating your account.',
      },
    ],
    de: [
      { subject: 'Ihr Bestätigungscode', body: 'Ihr Bestätigungscode lautet {code}.' },
      {
        subject: 'Bestätigen Sie Ihr neues {company}-Konto',
        body: 'Danke für Ihre Registrierung bei {company}!\n\nIhr Bestätigungscode lautet {code}.\n\nGeben Sie ihn innerhalb von 24 Stunden in der App ein.',
      },
    ],
    fr: [
      { subject: 'Votre code de vérification', body: 'Votre code de vérification est {code}.' },
      {
        subject: 'Confirmez votre nouveau compte {company}',
        body: 'Merci de votre inscription sur {company} !\n\nVotre code de vérification est {code}.\n\nSaisissez-le dans l’application sous 24 heures.',
      },
    ],
    es: [
      { subject: 'Tu código de verificación', body: 'Tu código de verificación es {code}.' },
      {
        subject: 'Verifica tu nueva cuenta de {company}',
        body: '¡Gracias por registrarte en {company}!\n\nTu código de verificación es {code}.\n\nIntrodúcelo en la app en las próximas 24 horas.',
      },
    ],
    pt: [
      { subject: 'Seu código de verificação', body: 'Seu código de verificação é {code}.' },
      {
        subject: 'Confirme sua nova conta {company}',
        body: 'Obrigado por se cadastrar na {company}!\n\nSeu código de verificação é {code}.\n\nDigite-o no aplicativo em até 24 horas.',
      },
    ],
    it: [
      { subject: 'Il tuo codice di verifica', body: 'Il tuo codice di verifica è {code}.' },
      {
        subject: 'Verifica il tuo nuovo account {company}',
        body: 'Grazie per esserti registrato su {company}!\n\nIl tuo codice di verifica è {code}.\n\nInseriscilo nell’app entro 24 ore.',
      },
    ],
    nl: [
      { subject: 'Je verificatiecode', body: 'Je verificatiecode is {code}.' },
      {
        subject: 'Bevestig je nieuwe {company}-account',
        body: 'Bedankt voor je aanmelding bij {company}!\n\nJe verificatiecode is {code}.\n\nVoer hem binnen 24 uur in de app in.',
      },
    ],
  },
}
