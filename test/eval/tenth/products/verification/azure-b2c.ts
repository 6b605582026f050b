// Azure AD B2C / Microsoft Entra External ID: the default one-time-code mail of the sign-up
// "Verify email" step, sent by Microsoft on behalf of the tenant: "<tenant> account email
// verification code", "Verify your email address", "Thanks for verifying your <tenant> account!",
// "Your code is: 123456", "Sincerely, <tenant>". English follows the documented default; the
// other languages are written for this set in the manner of the product's localised mails, and
// Portuguese and Italian keep the English subject (a tenant that left it untranslated).
import { lines, type Ctx, type Product } from '../../product.ts'

function code(subject: string, head: string, thanks: string, your: string, sincerely: string) {
  return (c: Ctx) => ({
    subject,
    body: lines(head, ``, thanks, `${your} ${c.code}`, ``, sincerely, c.company),
  })
}

const enSubject = (company: string) => `${company} account email verification code`

export const AZURE_B2C: Product = {
  product: 'Azure AD B2C',
  family: 'verification',
  source: 'Azure AD B2C default email verification code message',
  echo: [],
  own: ['no-reply', 'identity.login'],
  hosted: (c) => `Microsoft on behalf of ${c.name} <msonlineservicesteam@microsoftonline.com>`,
  texts: {
    en: (c) =>
      code(
        enSubject(c.company),
        'Verify your email address',
        `Thanks for verifying your ${c.company} account!`,
        'Your code is:',
        'Sincerely,',
      )(c),
    de: (c) =>
      code(
        `E-Mail-Prüfcode für das ${c.company}-Konto`,
        'Bestätigen Sie Ihre E-Mail-Adresse',
        `Vielen Dank für die Bestätigung Ihres ${c.company}-Kontos!`,
        'Ihr Code lautet:',
        'Mit freundlichen Grüßen',
      )(c),
    fr: (c) =>
      code(
        `Code de vérification de l'e-mail du compte ${c.company}`,
        'Vérifiez votre adresse e-mail',
        `Merci de vérifier votre compte ${c.company} !`,
        'Votre code est :',
        'Cordialement,',
      )(c),
    es: (c) =>
      code(
        `Código de verificación de correo electrónico de la cuenta de ${c.company}`,
        'Compruebe su dirección de correo electrónico',
        `Gracias por verificar su cuenta de ${c.company}.`,
        'Su código es:',
        'Atentamente,',
      )(c),
    pt: (c) =>
      code(
        enSubject(c.company),
        'Verifique o seu endereço de e-mail',
        `Obrigado por verificar a sua conta ${c.company}!`,
        'O seu código é:',
        'Atenciosamente,',
      )(c),
    it: (c) =>
      code(
        enSubject(c.company),
        'Verifica il tuo indirizzo di posta elettronica',
        `Grazie per aver verificato il tuo account ${c.company}.`,
        'Il tuo codice è:',
        'Cordiali saluti,',
      )(c),
    nl: (c) =>
      code(
        `E-mailverificatiecode voor ${c.company}-account`,
        'Uw e-mailadres verifiëren',
        `Bedankt voor het verifiëren van uw ${c.company}-account.`,
        'Uw code is:',
        'Met vriendelijke groet,',
      )(c),
  },
}
