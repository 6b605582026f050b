import { w, type Product } from '../types.ts'

// Okta "Forgot Password" email template (Customizations > Emails > Password); Okta docs
// "Customize email notifications".
export const oktaReset: Product = {
  product: 'Okta reset',
  family: 'reset',
  source: 'Okta docs, email template "Forgot Password"',
  hosted: 'noreply@okta.com',
  fromName: '{company} - Okta',
  texts: {
    en: [
      w(
        'Account password reset',
        `Hi {name},\n\nA password reset request was made for your {company} account. If you did not make this request, please contact your system administrator immediately.\n\nClick this link to reset the password for your username, {email}:\n\nReset Password: https://{slug}.okta.com/signin/reset-password/{token}\n\nThis link expires in 1 hour.\n\nThis is an automatically generated message from Okta. Replies are not monitored or answered.`,
      ),
    ],
    de: [
      w(
        'Kontopasswort zurücksetzen',
        `Hallo {name},\n\nfür Ihr {company}-Konto wurde das Zurücksetzen des Passworts angefordert. Wenn Sie das nicht waren, wenden Sie sich bitte umgehend an Ihren Systemadministrator.\n\nPasswort zurücksetzen: https://{slug}.okta.com/signin/reset-password/{token}\n\nDieser Link läuft in 1 Stunde ab.\n\nDies ist eine automatisch generierte Nachricht von Okta.`,
      ),
    ],
    fr: [
      w(
        'Réinitialisation du mot de passe du compte',
        `Bonjour {name},\n\nUne demande de réinitialisation du mot de passe a été faite pour votre compte {company}. Si vous n’êtes pas à l’origine de cette demande, contactez immédiatement votre administrateur.\n\nRéinitialiser le mot de passe : https://{slug}.okta.com/signin/reset-password/{token}\n\nCe lien expire dans 1 heure.\n\nCeci est un message généré automatiquement par Okta.`,
      ),
    ],
    nl: [
      w(
        'Accountwachtwoord opnieuw instellen',
        `Hallo {name},\n\nEr is een verzoek gedaan om het wachtwoord van je {company}-account opnieuw in te stellen. Heb jij dit niet gedaan, neem dan direct contact op met je systeembeheerder.\n\nWachtwoord opnieuw instellen: https://{slug}.okta.com/signin/reset-password/{token}\n\nDeze link verloopt over 1 uur.\n\nDit is een automatisch gegenereerd bericht van Okta.`,
      ),
    ],
  },
}
