import { w, type Product } from '../types.ts'

// Auth0 Universal Login default "Verification Email (using Link)" template (Dashboard > Branding >
// Email Templates); Auth0 docs "Customize Email Templates". Sent by the built-in email provider
// from auth0user.net unless a custom provider is configured.
export const auth0Verify: Product = {
  product: 'Auth0',
  family: 'verification',
  source: 'Auth0 docs, Email Templates, default "Verification Email (using Link)"',
  hosted: 'no-reply@auth0user.net',
  texts: {
    en: [
      w(
        'Verify your email',
        `Welcome to {company}!\n\nThank you for signing up. Please verify your email address by clicking the following link:\n\nhttps://{slug}.eu.auth0.com/u/email-verification?ticket={token}#\n\nIf you are having any issues with your account, please don't hesitate to contact us by replying to this mail.\n\nThanks!\n{company}\n\nIf you did not make this request, please contact us by replying to this mail.`,
      ),
    ],
    de: [
      w(
        'Bestätigen Sie Ihre E-Mail-Adresse',
        `Willkommen bei {company}!\n\nVielen Dank für Ihre Registrierung. Bitte bestätigen Sie Ihre E-Mail-Adresse über den folgenden Link:\n\nhttps://{slug}.eu.auth0.com/u/email-verification?ticket={token}#\n\nWenn Sie Probleme mit Ihrem Konto haben, antworten Sie einfach auf diese E-Mail.\n\nDanke!\n{company}\n\nFalls Sie diese Anfrage nicht gestellt haben, teilen Sie uns dies bitte mit.`,
      ),
    ],
    fr: [
      w(
        'Vérifiez votre adresse e-mail',
        `Bienvenue chez {company} !\n\nMerci pour votre inscription. Veuillez vérifier votre adresse e-mail en cliquant sur le lien suivant :\n\nhttps://{slug}.eu.auth0.com/u/email-verification?ticket={token}#\n\nEn cas de problème avec votre compte, répondez simplement à cet e-mail.\n\nMerci !\n{company}\n\nSi vous n’êtes pas à l’origine de cette demande, contactez-nous en répondant à ce message.`,
      ),
    ],
    es: [
      w(
        'Verifica tu correo electrónico',
        `¡Te damos la bienvenida a {company}!\n\nGracias por registrarte. Verifica tu dirección de correo haciendo clic en el siguiente enlace:\n\nhttps://{slug}.eu.auth0.com/u/email-verification?ticket={token}#\n\nSi tienes algún problema con tu cuenta, responde a este correo.\n\n¡Gracias!\n{company}\n\nSi no realizaste esta solicitud, avísanos respondiendo a este correo.`,
      ),
    ],
    pt: [
      w(
        'Verifique seu e-mail',
        `Bem-vindo(a) à {company}!\n\nObrigado por se cadastrar. Confirme seu endereço de e-mail clicando no link abaixo:\n\nhttps://{slug}.us.auth0.com/u/email-verification?ticket={token}#\n\nSe tiver qualquer problema com sua conta, responda a este e-mail.\n\nObrigado!\n{company}\n\nSe você não fez esta solicitação, avise-nos respondendo a este e-mail.`,
      ),
    ],
    it: [
      w(
        'Verifica il tuo indirizzo e-mail',
        `Benvenuto in {company}!\n\nGrazie per esserti registrato. Verifica il tuo indirizzo e-mail facendo clic sul link seguente:\n\nhttps://{slug}.eu.auth0.com/u/email-verification?ticket={token}#\n\nSe hai problemi con il tuo account rispondi pure a questa e-mail.\n\nGrazie!\n{company}\n\nSe non hai effettuato tu questa richiesta, contattaci rispondendo a questa e-mail.`,
      ),
    ],
    nl: [
      w(
        'Verifieer je e-mailadres',
        `Welkom bij {company}!\n\nBedankt voor je registratie. Verifieer je e-mailadres via de volgende link:\n\nhttps://{slug}.eu.auth0.com/u/email-verification?ticket={token}#\n\nHeb je problemen met je account, beantwoord dan deze e-mail.\n\nBedankt!\n{company}\n\nHeb je dit niet aangevraagd, laat het ons dan weten door op deze e-mail te reageren.`,
      ),
    ],
  },
}
