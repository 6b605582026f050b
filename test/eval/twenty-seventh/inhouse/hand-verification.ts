// Hand-written account verification / activation mails, each a company's own wording.
import { w, type ByLang } from './types.ts'

export const HAND_VERIFICATION: ByLang = {
  en: [
    w(
      'Welcome aboard, {p}',
      'One last thing: tap below so we know this inbox is yours.\n{link}\nThe link works for 48 hours.',
    ),
    w(
      '{code} is your {brand} code',
      'Enter {code} in the sign-up window to activate your account. Did not sign up? No action needed.',
    ),
    w(
      'Activate your {brand} account',
      'Hi {p}, your account is almost ready. Activate it here: {link}',
    ),
  ],
  de: [
    w(
      'Nur noch ein Klick, {p}',
      'Bestätige deine E-Mail-Adresse, dann ist dein {brand}-Konto startklar: {link}',
    ),
    w(
      'Ihr Aktivierungscode: {code}',
      'Guten Tag {p}, bitte geben Sie diesen Code ein, um Ihr Kundenkonto freizuschalten. Er gilt 30 Minuten.',
    ),
    w(
      'Willkommen bei {brand}',
      'Schön, dass du da bist! Aktiviere jetzt dein Konto: {link}\nDu hast dich nicht registriert? Dann ignoriere diese Mail.',
    ),
  ],
  fr: [
    w(
      'Bienvenue {p} !',
      'Plus qu’une étape : confirmez votre adresse pour activer votre compte {brand}.\n{link}',
    ),
    w(
      'Votre code {brand} : {code}',
      'Saisissez ce code pour finaliser votre inscription. Il expire dans 15 minutes.',
    ),
    w(
      'Activez votre espace client',
      'Bonjour {p}, votre espace client a été créé. Activez-le en cliquant ici : {link}',
    ),
  ],
  es: [
    w(
      '¡Bienvenido/a, {p}!',
      'Solo falta un paso: confirma tu email para activar tu cuenta en {brand}. {link}',
    ),
    w(
      '{code} – código de activación',
      'Usa este código para activar tu cuenta. Caduca en 20 minutos.',
    ),
    w(
      'Activa tu cuenta {brand}',
      'Hola {p}, gracias por registrarte. Pulsa aquí para activar la cuenta: {link}',
    ),
  ],
  pt: [
    w('Bem-vindo(a), {p}!', 'Falta só confirmar o seu e-mail para ativar a conta {brand}: {link}'),
    w(
      'Seu código {brand}: {code}',
      'Digite o código no app para concluir o cadastro. Ele vale por 10 minutos.',
    ),
    w('Ative a sua conta', 'Olá {p}, o seu registo foi recebido. Ative a conta aqui: {link}'),
  ],
  it: [
    w(
      'Benvenuto/a {p}!',
      'Manca solo un passo: conferma la tua email per attivare l’account {brand}. {link}',
    ),
    w(
      'Il tuo codice {brand} è {code}',
      'Inserisci il codice per completare la registrazione. Scade tra 15 minuti.',
    ),
    w(
      'Attiva il tuo account',
      'Ciao {p}, grazie per esserti registrato. Attiva l’account da qui: {link}',
    ),
  ],
  nl: [
    w(
      'Welkom, {p}!',
      'Nog één stap: bevestig je e-mailadres om je {brand}-account te activeren. {link}',
    ),
    w(
      'Je {brand}-code: {code}',
      'Vul deze code in om je registratie af te ronden. Hij verloopt over 15 minuten.',
    ),
    w(
      'Activeer je account',
      'Hallo {p}, je account is aangemaakt. Activeer het via deze link: {link}',
    ),
  ],
}
