// A third hand-written wording per language for verification, subscription and reset, each a
// company's own (shorter or longer than the others, other subject shapes, other register).
import { w, type Wording } from './types.ts'

const v = w('verification')
const s = w('subscription')
const r = w('reset')

export const HAND_MORE: readonly Wording[] = [
  v(
    'en',
    'en-GB',
    false,
    'Nearly there, {name}',
    'Cheers for joining {company}! Tap the link to prove it’s really you and we’ll unlock your account:\n{link}\n\nNot you? No worries, the account stays locked.',
  ),
  v(
    'de',
    'de-AT',
    true,
    'Ihr Zugang zu {company}: bitte Adresse bestätigen',
    'Grüss Gott {name},\n\nSie haben einen Zugang zu unserem Kundenbereich eröffnet. Zur Freischaltung bestätigen Sie bitte Ihre E-Mail-Adresse:\n{link}\n\nFreundliche Grüsse aus Graz',
  ),
  v(
    'fr',
    'fr-BE',
    true,
    'Votre compte {company} est presque prêt',
    'Bonjour {name},\n\nIl ne vous reste qu’à valider votre adresse. Cliquez sur le lien endéans les 48 heures :\n{link}',
  ),
  v(
    'es',
    'es-AR',
    false,
    'Verificá tu email, {name}',
    '¡Bienvenido/a a {company}! Confirmá tu dirección para empezar:\n{link}',
  ),
  v(
    'pt',
    'pt-BR',
    true,
    'Ativação de cadastro – {company}',
    'Prezado(a) {name},\n\nRecebemos o seu cadastro. Para ativá-lo, utilize o código {code} ou acesse:\n{link}',
  ),
  v(
    'it',
    'it-IT',
    true,
    'Completa la registrazione a {company}',
    'Gentile cliente,\n\nla sua registrazione è quasi completa: le chiediamo di convalidare l’indirizzo email qui:\n{link}',
  ),
  v(
    'nl',
    'nl-NL',
    true,
    'Welkom bij {company} – bevestig uw registratie',
    'Geachte {name},\n\nHartelijk dank voor uw registratie. Bevestig uw e-mailadres om in te loggen:\n{link}',
  ),
  s(
    'en',
    'en-GB',
    true,
    '{company} – confirm you want our letters',
    'Dear reader,\n\nSomeone (we hope you) asked to receive our monthly letter at {email}. If that was you, confirm here:\n{link}\n\nIf not, do nothing and you will hear no more from us.',
  ),
  s(
    'de',
    'de-AT',
    false,
    'Ein Klick noch ✉️',
    'Hallo! Bitte bestätige, dass du die News von {company} bekommen möchtest:\n{link}',
  ),
  s(
    'fr',
    'fr-CA',
    true,
    'Confirmation de votre abonnement à l’infolettre',
    'Bonjour,\n\nVeuillez confirmer votre abonnement à l’infolettre de {company} :\n{link}\n\nVous pourrez vous désabonner en tout temps.',
  ),
  s(
    'es',
    'es-AR',
    true,
    'Confirmación de suscripción',
    'Hola, recibimos su pedido de suscripción al newsletter de {company}. Para confirmarlo ingrese aquí:\n{link}',
  ),
  s(
    'pt',
    'pt-PT',
    false,
    'Só falta confirmar!',
    'Olá! Confirma a tua subscrição da newsletter {company} aqui:\n{link}',
  ),
  s(
    'it',
    'it-IT',
    true,
    'Richiesta di iscrizione alla newsletter',
    'Abbiamo ricevuto una richiesta di iscrizione per {email}. Per attivarla clicchi qui:\n{link}',
  ),
  s(
    'nl',
    'nl-NL',
    true,
    'Aanmelding nieuwsbrief bevestigen',
    'Beste lezer,\n\nWe ontvingen een aanmelding voor {email}. Bevestig deze via:\n{link}',
  ),
  r(
    'en',
    'en-US',
    true,
    '{company} account recovery',
    'Hello {name},\n\nA request to recover your {company} account was received. To set a new password, visit:\n{link}\n\nFor your security this link can only be used once.',
  ),
  r(
    'de',
    'de-CH',
    true,
    'Neues Passwort für Ihr {company}-Konto',
    'Grüezi {name}\n\nSie haben ein neues Passwort angefordert. Bitte klicken Sie innert 30 Minuten auf diesen Link:\n{link}',
  ),
  r(
    'fr',
    'fr-CH',
    true,
    'Demande de nouveau mot de passe',
    'Bonjour {name},\n\nPour choisir un nouveau mot de passe {company}, utilisez ce lien valable 30 minutes :\n{link}',
  ),
  r(
    'es',
    'es-MX',
    true,
    'Solicitud de cambio de contraseña',
    'Estimado(a) {name}:\n\nRecibimos una solicitud para cambiar la contraseña de su cuenta {company}. Ingrese aquí:\n{link}',
  ),
  r(
    'pt',
    'pt-BR',
    true,
    'Solicitação de nova senha',
    'Prezado(a) {name},\n\nRecebemos sua solicitação de nova senha na {company}. Para continuar, acesse:\n{link}',
  ),
  r(
    'it',
    'it-IT',
    false,
    'Hai dimenticato la password?',
    'Nessun problema, {name}! Creane una nuova qui:\n{link}',
  ),
  r(
    'nl',
    'nl-BE',
    false,
    'Nieuw wachtwoord nodig?',
    'Hallo {name}, via deze link kies je een nieuw wachtwoord voor {company}:\n{link}',
  ),
]
