// In-house one-time passcodes in the manner of banks' and payment apps' e-mail OTPs: the code,
// what it is for, how long it lasts, "never share it, we will never ask for it", and what to do
// if you did not ask. Sent by the made-up companies' own (online banking, wallet, payment) sign-in
// services. Source: reconstruction of the usual structure, not any bank's text.
import type { Product } from '../../product.ts'

export const BANK_OTP: Product = {
  product: 'in-house one-time passcode (bank style)',
  family: 'reset',
  source: 'reconstruction in the manner of bank and payment-app e-mail one-time passcodes',
  echo: 'none',
  hosted: null,
  locals: ['otp', 'security', 'alerts', 'no-reply'],
  subdomains: ['', 'secure.', 'notify.', 'alerts.'],
  texts: {
    en: (f) => ({
      subject: `${f.code} is your ${f.company} one-time passcode`,
      body: `Your one-time passcode is ${f.code}.\n\nUse it to finish signing in to ${f.company} online. It is valid for 10 minutes.\n\nNever share this code with anyone. ${f.company} staff will never ask you for it.\n\nDidn't try to sign in? Change your password and contact us from the app.`,
    }),
    de: (f) => ({
      subject: `Ihr Einmalcode für ${f.company}: ${f.code}`,
      body: `Ihr Einmalcode lautet ${f.code}.\n\nMit diesem Code schließen Sie die Anmeldung bei ${f.company} Online ab. Er ist 10 Minuten gültig.\n\nGeben Sie diesen Code niemals weiter. Mitarbeitende von ${f.company} werden Sie nie danach fragen.\n\nSie haben sich nicht angemeldet? Ändern Sie Ihr Passwort und kontaktieren Sie uns über die App.`,
    }),
    fr: (f) => ({
      subject: `${f.company} : votre code à usage unique ${f.code}`,
      body: `Votre code à usage unique est ${f.code}.\n\nIl permet de finaliser votre connexion à l'espace ${f.company}. Il est valable 10 minutes.\n\nNe communiquez jamais ce code. Nos conseillers ne vous le demanderont jamais.\n\nCe n'était pas vous ? Changez votre mot de passe et contactez-nous depuis l'application.`,
    }),
    es: (f) => ({
      subject: `${f.company}: tu código de un solo uso es ${f.code}`,
      body: `Tu código de un solo uso es ${f.code}.\n\nÚsalo para completar el acceso a ${f.company} online. Es válido durante 10 minutos.\n\nNo compartas nunca este código. Nadie de ${f.company} te lo pedirá.\n\n¿No has intentado acceder? Cambia tu contraseña y contacta con nosotros desde la app.`,
    }),
    pt: (f) => ({
      subject: `${f.company}: código de segurança ${f.code}`,
      body: `O seu código de segurança é ${f.code}.\n\nUtilize-o para concluir o acesso ao ${f.company} online. É válido durante 10 minutos.\n\nNunca partilhe este código. A ${f.company} nunca lho pedirá.\n\nNão tentou entrar? Altere a sua palavra-passe e contacte-nos através da app.`,
    }),
    it: (f) => ({
      subject: `${f.company}: il tuo codice monouso è ${f.code}`,
      body: `Il tuo codice monouso è ${f.code}.\n\nUsalo per completare l'accesso a ${f.company} online. È valido per 10 minuti.\n\nNon condividere mai questo codice. Il personale di ${f.company} non te lo chiederà mai.\n\nNon hai provato ad accedere? Cambia la password e contattaci dall'app.`,
    }),
    nl: (f) => ({
      subject: `${f.code} is je eenmalige code van ${f.company}`,
      body: `Je eenmalige code is ${f.code}.\n\nGebruik hem om het inloggen bij ${f.company} online af te ronden. De code is 10 minuten geldig.\n\nDeel deze code nooit. Medewerkers van ${f.company} vragen er nooit om.\n\nNiet geprobeerd in te loggen? Wijzig je wachtwoord en neem via de app contact met ons op.`,
    }),
  },
}
