// A second hand-written wording per variant and language (account sign-ups, newsletter double
// opt-ins, password resets), in another register than hand-b.ts: a code in the subject, only the
// company's name as subject, casual or formal, with an emoji or a legal footer.
import type { Variant, Texts } from './wording-types.ts'

export const HAND_D: Partial<Record<Variant, Texts>> = {
  signup: {
    en: '{code} is your {company} verification code|Enter {code} to finish creating your account. It expires in 10 minutes.\nIf you did not sign up, someone may have typed your address by mistake.',
    de: '{company}|Willkommen an Bord, {name}! 🚀\nNur noch ein Klick: {link}\nDanach kannst du sofort loslegen.',
    fr: 'Votre code : {code}|Bonjour {name},\nvoici votre code de vérification {company} : {code}\nNe le communiquez à personne.',
    es: '¡Bienvenido/a a {company}!|{name}, tu cuenta está casi lista. Pulsa aquí para activarla: {link}\n\n{company} S.L. · Aviso legal · Política de privacidad',
    pt: 'Código de verificação {code}|Olá {name}, utilize o código {code} para confirmar o seu registo na {company}. Válido durante 15 minutos.',
    it: 'Benvenuto in {company} 🎉|Ciao {name}, manca solo un passaggio: attiva il tuo account da qui {link}',
    nl: 'Je verificatiecode: {code}|Hallo {name}, gebruik code {code} om je registratie bij {company} af te ronden. De code is 15 minuten geldig.',
  },
  optin: {
    en: 'Almost there! 💌|Hi {name}, tap the button to confirm you want tips and offers from {company}: {link}\nWe will never share your address.',
    de: '{company} Newsletter: nur noch ein Klick|Guten Tag {name},\nzum Schutz Ihrer Daten bitten wir um Bestätigung (Double-Opt-In): {link}\nIhre Einwilligung können Sie jederzeit widerrufen.',
    fr: 'Une dernière étape 📬|Bonjour {name}, confirmez votre adresse pour recevoir nos bons plans {company} : {link}',
    es: 'Confirma tu email y llévate un 10 %|Hola {name}, confirma tu suscripción a {company} y recibe un cupón de bienvenida: {link}',
    pt: '{company}|Olá {name}! Confirme a subscrição das nossas novidades: {link}\nSe não pediu esta subscrição, não é necessário fazer nada.',
    it: 'Ci sei quasi! ✉️|Ciao {name}, conferma il tuo indirizzo per ricevere le novità di {company}: {link}\nInformativa privacy ai sensi del Reg. UE 2016/679.',
    nl: 'Nog één klik 👉|Hoi {name}, bevestig je e-mailadres om de nieuwsbrief van {company} te ontvangen: {link}',
  },
  reset: {
    en: '{company}: your password reset code is {code}|Use {code} to reset your password. For your security it expires in 15 minutes. We will never ask you for this code by phone.',
    de: 'Neues Passwort für Ihr {company}-Konto|Guten Tag,\nSie haben ein neues Passwort angefordert. Ihr Bestätigungscode lautet {code}.\nWaren Sie das nicht? Dann ändern Sie bitte umgehend Ihr Passwort.',
    fr: '{company}|Bonjour,\nun lien de réinitialisation a été demandé pour votre compte : {link}\nValable 30 minutes.\n\n{company} SAS - mentions légales',
    es: 'Código {code} para cambiar tu contraseña|Hola, introduce el código {code} en {company} para crear una contraseña nueva. Caduca en 15 minutos.',
    pt: 'Recuperação de acesso à sua conta|Olá,\npara recuperar o acesso à sua conta {company}, clique aqui: {link}\nSe não fez este pedido, ignore esta mensagem.',
    it: 'Codice di recupero: {code}|Ciao, il tuo codice per reimpostare la password di {company} è {code}. Non condividerlo con nessuno.',
    nl: 'Wachtwoord vergeten? 🔑|Geen probleem! Stel hier een nieuw wachtwoord in voor {company}: {link}\nDeze link is 1 uur geldig.',
  },
}
