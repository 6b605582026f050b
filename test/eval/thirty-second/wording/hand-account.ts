// Hand-written account verifications / activations, each a company's own voice.
import { hand } from './types.ts'

const h = hand('verification')

export const HAND_VERIFY = [
  h(
    'en',
    'One last step, {name}',
    'Welcome to {company}! Tap the button to confirm it is really you: {link}\nThis link works for 48 hours.',
  ),
  h(
    'en',
    '{company}',
    'Your verification code is {code}. Enter it in the app to activate your account.',
  ),
  h(
    'de',
    'Nur noch ein Klick, {name}',
    'Willkommen bei {company}! Bitte bestätige deine E-Mail-Adresse, damit dein Konto aktiviert wird: {link}',
  ),
  h(
    'de',
    'Ihr Kundenkonto bei {company} freischalten',
    'Sehr geehrte/r {name},\nvielen Dank für Ihre Registrierung. Schalten Sie Ihr Kundenkonto über folgenden Link frei: {link}\nDer Link ist 72 Stunden gültig.',
  ),
  h(
    'fr',
    'Bienvenue {name} ! Validez votre compte',
    'Plus qu’une étape : validez votre adresse e-mail pour activer votre compte {company} : {link}',
  ),
  h(
    'fr',
    'Code de confirmation {company} : {code}',
    'Saisissez le code {code} pour finaliser la création de votre espace client. Il est valable 15 minutes.',
  ),
  h(
    'es',
    '¡Bienvenido/a, {name}! Confirma tu cuenta',
    'Gracias por registrarte en {company}. Valida tu correo para activar la cuenta: {link}',
  ),
  h(
    'es',
    'Habilita tu cuenta de {company}',
    'Hola {name}, para habilitar tu cuenta introduce el código {code} o pulsa aquí: {link}',
  ),
  h(
    'pt',
    'Bem-vindo à {company}! Ative já a sua conta',
    'Olá {name},\nfalta só um passo: confirme o seu endereço de e-mail para ativar a conta: {link}',
  ),
  h(
    'pt',
    'Seu código de ativação: {code}',
    'Oi {name}! Use o código {code} para ativar sua conta na {company}. Ele vale por 30 minutos.',
  ),
  h(
    'it',
    'Benvenuto in {company}, {name}!',
    'Manca solo un passaggio: convalida il tuo indirizzo email per attivare l’account: {link}',
  ),
  h(
    'it',
    'Abilita il tuo account {company}',
    'Gentile {name}, per abilitare il suo account inserisca il codice {code} oppure clicchi qui: {link}',
  ),
  h(
    'nl',
    'Welkom bij {company}! Activeer je account',
    'Hoi {name},\nnog één stap: bevestig je e-mailadres om je account te activeren: {link}',
  ),
  h(
    'nl',
    'Je verificatiecode voor {company}',
    'Gebruik code {code} om je account in te schakelen. De code is 20 minuten geldig.',
  ),
]
