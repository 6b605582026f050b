import { w, type Product } from '../types.ts'

// Okta self-service registration "Registration - Activation" email template (Customizations >
// Emails); Okta docs "Customize email notifications". Default sender noreply@okta.com.
export const oktaVerify: Product = {
  product: 'Okta',
  family: 'verification',
  source: 'Okta docs, email template "Registration - Activation"',
  hosted: 'noreply@okta.com',
  fromName: '{company} - Okta',
  texts: {
    en: [
      w(
        'Activate Account',
        `Hi {name},\n\nWelcome to {company}! To verify your email address and activate your account, please click the following link:\n\nActivate Account: https://{slug}.okta.com/welcome/{token}\n\nThis link expires in 7 days.\n\nIf you experience difficulties accessing your account, send a help request to your administrator.\n\nThis is an automatically generated message from Okta. Replies are not monitored or answered.`,
      ),
    ],
    de: [
      w(
        'Konto aktivieren',
        `Hallo {name},\n\nwillkommen bei {company}! Um Ihre E-Mail-Adresse zu bestätigen und Ihr Konto zu aktivieren, klicken Sie bitte auf den folgenden Link:\n\nKonto aktivieren: https://{slug}.okta.com/welcome/{token}\n\nDieser Link läuft in 7 Tagen ab.\n\nDies ist eine automatisch generierte Nachricht von Okta. Antworten werden nicht gelesen.`,
      ),
    ],
    fr: [
      w(
        'Activer le compte',
        `Bonjour {name},\n\nBienvenue chez {company} ! Pour vérifier votre adresse e-mail et activer votre compte, cliquez sur le lien suivant :\n\nActiver le compte : https://{slug}.okta.com/welcome/{token}\n\nCe lien expire dans 7 jours.\n\nCeci est un message généré automatiquement par Okta. Les réponses ne sont pas lues.`,
      ),
    ],
    nl: [
      w(
        'Account activeren',
        `Hallo {name},\n\nWelkom bij {company}! Klik op de volgende link om je e-mailadres te verifiëren en je account te activeren:\n\nAccount activeren: https://{slug}.okta.com/welcome/{token}\n\nDeze link verloopt over 7 dagen.\n\nDit is een automatisch gegenereerd bericht van Okta. Antwoorden worden niet gelezen.`,
      ),
    ],
  },
}
