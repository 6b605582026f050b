// In-house game and app platforms: a sign-in code for a new device and a security code for the
// account, in the manner of Steam Guard's "access from new device" mail and Microsoft account's
// "Security code" mail (reconstruction; not any one company's text).
import type { Product } from './product.ts'

export const GAME_ACCOUNT_CODES: Product = {
  product: 'in-house account codes',
  family: 'reset',
  source:
    'reconstruction after Steam Guard new-device mail and Microsoft account security code mail',
  locals: ['noreply', 'account', 'security', 'no-reply'],
  subdomains: ['', 'account.', 'id.'],
  code: '@@@@@',
  texts: {
    en: [
      {
        subject: 'Your {company} account: Access from new web or mobile device',
        body: 'Dear {user},\n\nHere is the code you need to access your account from a new device:\n\n{code}\n\nThis email was generated because of a login attempt from a web or mobile device. The login attempt included your correct account name and password.\n\nIf you are not attempting to log in, please change your password and consider changing your email password as well.\n\nThe {company} Team',
      },
      {
        subject: '{company} account security code',
        body: '{company} account\n\nSecurity code\n\nPlease use the following security code for the {company} account {email}.\n\nSecurity code: {code}\n\nIf you don’t recognise the account {email}, you can click here to remove your email address from that account.\n\nThanks,\nThe {company} account team',
      },
    ],
    de: [
      {
        subject: 'Ihr {company}-Konto: Zugriff von einem neuen Gerät',
        body: 'Hallo {user},\n\nhier ist der Code, den Sie für den Zugriff auf Ihr Konto von einem neuen Gerät benötigen:\n\n{code}\n\nDiese E-Mail wurde wegen eines Anmeldeversuchs mit Ihrem korrekten Kontonamen und Passwort erzeugt.\n\nWenn Sie sich nicht anmelden wollten, ändern Sie bitte Ihr Passwort.\n\nIhr {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Code de sécurité de votre compte {company}',
        body: 'Compte {company}\n\nCode de sécurité\n\nVeuillez utiliser le code de sécurité suivant pour le compte {company} {email}.\n\nCode de sécurité : {code}\n\nSi vous ne reconnaissez pas le compte {email}, cliquez ici pour retirer votre adresse de ce compte.\n\nMerci,\nL’équipe des comptes {company}',
      },
    ],
    es: [
      {
        subject: 'Código de seguridad de la cuenta {company}',
        body: 'Cuenta {company}\n\nCódigo de seguridad\n\nUsa el siguiente código de seguridad para la cuenta {company} {email}.\n\nCódigo de seguridad: {code}\n\nSi no reconoces la cuenta {email}, haz clic aquí para quitar tu dirección de esa cuenta.\n\nGracias,\nEl equipo de cuentas de {company}',
      },
    ],
    pt: [
      {
        subject: 'A sua conta {company}: acesso a partir de um novo dispositivo',
        body: 'Olá {user},\n\nEste é o código de que precisa para aceder à sua conta a partir de um novo dispositivo:\n\n{code}\n\nEste e-mail foi gerado por uma tentativa de início de sessão com o nome de conta e a senha corretos.\n\nSe não foi você, altere a sua senha.\n\nA equipa {company}',
      },
    ],
    it: [
      {
        subject: 'Codice di sicurezza dell’account {company}',
        body: 'Account {company}\n\nCodice di sicurezza\n\nUsa il seguente codice di sicurezza per l’account {company} {email}.\n\nCodice di sicurezza: {code}\n\nSe non riconosci l’account {email}, fai clic qui per rimuovere il tuo indirizzo da quell’account.\n\nGrazie,\nIl team account di {company}',
      },
    ],
    nl: [
      {
        subject: 'Je {company}-account: toegang vanaf een nieuw apparaat',
        body: 'Beste {user},\n\nHier is de code die je nodig hebt om vanaf een nieuw apparaat bij je account te komen:\n\n{code}\n\nDeze e-mail is verstuurd vanwege een inlogpoging met je juiste accountnaam en wachtwoord.\n\nWas jij dit niet? Wijzig dan je wachtwoord.\n\nHet {company}-team',
      },
    ],
  },
}
