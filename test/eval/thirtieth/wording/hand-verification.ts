// Hand-written account verifications (none names a ticket): several per language.
import type { Wording } from './types.ts'

type Row = readonly [Wording['lang'], string, string]

const ROWS: readonly Row[] = [
  [
    'en',
    'One more step, {name}',
    'Welcome to {company}! Tap the button to confirm this is your email: {link}\nThe link works for 48 hours.',
  ],
  [
    'en',
    'Your {company} code: {code}',
    'Enter {code} to finish creating your account. Didn’t sign up? Ignore this email.',
  ],
  [
    'en',
    'Activate your account',
    'Hi {name},\nSomeone (hopefully you) created a {company} account with {email}. Activate it here: {link}\nCheers',
  ],
  [
    'de',
    'Bitte bestätige deine E-Mail-Adresse',
    'Hallo {name},\nschön, dass du dabei bist! Klicke auf den Link, um dein {company}-Konto zu aktivieren: {link}',
  ],
  [
    'de',
    'Ihr Bestätigungscode lautet {code}',
    'Sehr geehrte/r {name}, zur Aktivierung Ihres Kundenkontos geben Sie bitte den Code {code} ein. Der Code ist 30 Minuten gültig.',
  ],
  ['de', 'Konto aktivieren – {company}', 'Nur noch ein Klick: {link}'],
  [
    'fr',
    'Confirmez votre adresse e-mail',
    'Bonjour {name},\nMerci de votre inscription sur {company}. Pour activer votre compte, cliquez ici : {link}\nÀ très vite !',
  ],
  [
    'fr',
    'Votre code de vérification : {code}',
    'Saisissez ce code pour valider votre compte : {code}. Il expire dans 15 minutes.',
  ],
  [
    'fr',
    'Bienvenue {name} ! Activez votre compte',
    'Votre compte {company} est presque prêt. Activer mon compte : {link}',
  ],
  [
    'es',
    'Confirma tu correo electrónico',
    '¡Hola {name}! Gracias por registrarte en {company}. Confirma tu dirección pulsando aquí: {link}',
  ],
  [
    'es',
    'Código de verificación: {code}',
    'Estimado/a {name}, utilice el código {code} para completar el alta de su cuenta. Caduca en 10 minutos.',
  ],
  ['es', 'Activa tu cuenta de {company}', 'Ya casi está. Activa tu cuenta: {link}'],
  [
    'pt',
    'Confirme o seu endereço de e-mail',
    'Olá {name},\nObrigado pelo seu registo na {company}. Para ativar a sua conta, clique na ligação: {link}',
  ],
  [
    'pt',
    'Seu código de verificação é {code}',
    'Oi {name}, use o código {code} para confirmar seu cadastro na {company}. Ele vale por 10 minutos.',
  ],
  ['pt', 'Ative sua conta', 'Falta pouco! Clique para ativar: {link}'],
  [
    'it',
    'Conferma il tuo indirizzo email',
    'Ciao {name},\nbenvenuto su {company}! Per attivare l’account clicca qui: {link}',
  ],
  [
    'it',
    'Il tuo codice di verifica è {code}',
    'Gentile {name}, per completare la registrazione inserisca il codice {code}. Validità: 20 minuti.',
  ],
  ['it', 'Attiva il tuo account {company}', 'Manca solo un passaggio: {link}'],
  [
    'nl',
    'Bevestig je e-mailadres',
    'Hoi {name},\nwelkom bij {company}! Klik op de link om je account te activeren: {link}',
  ],
  [
    'nl',
    'Je verificatiecode: {code}',
    'Beste {name}, vul code {code} in om uw registratie af te ronden. De code is 15 minuten geldig.',
  ],
  ['nl', 'Activeer je account', 'Nog één stap: {link}'],
]

export const HAND_VERIFICATION: readonly Wording[] = ROWS.map(([lang, subject, body]) => ({
  lang,
  subject,
  body,
}))
