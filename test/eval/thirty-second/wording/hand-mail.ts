// Hand-written newsletter double opt-ins and password resets / sign-in codes, each a company's
// own voice.
import { hand } from './types.ts'

const s = hand('subscription')
const r = hand('reset')

export const HAND_SUB = [
  s(
    'en',
    'Are you in? 💌',
    'Hi {name}, someone (hopefully you) asked to join the {company} list. Confirm and we will send our best picks every Friday: {link}',
  ),
  s(
    'en',
    'Confirm your subscription',
    'Please confirm that {email} should receive news from {company}. Not you? Do nothing and you will not hear from us again.\n{link}',
  ),
  s(
    'de',
    'Fast geschafft! Bitte Anmeldung bestätigen',
    'Hallo {name}, klicke auf den Button, um den {company}-Newsletter zu erhalten: {link}',
  ),
  s(
    'de',
    'Ihre Newsletter-Bestellung bei {company}',
    'Bitte bestätigen Sie Ihre Anmeldung (Double-Opt-in): {link}\nOhne Bestätigung erhalten Sie keine E-Mails.',
  ),
  s(
    'fr',
    'Confirmez votre inscription 💌',
    'Bonjour {name}, cliquez ici pour recevoir la lettre d’information {company} : {link}',
  ),
  s(
    'fr',
    'Une dernière étape avant nos bons plans',
    'Confirmez votre abonnement aux actualités {company} : {link}\nSans action de votre part, vous ne recevrez rien.',
  ),
  s(
    'es',
    '¿Confirmas tu suscripción?',
    'Hola {name}, confirma que quieres recibir las novedades de {company}: {link}',
  ),
  s(
    'es',
    'Valida tu alta en la newsletter de {company}',
    'Para completar tu alta pulsa en: {link}\nSi no lo has pedido tú, ignora este mensaje.',
  ),
  s(
    'pt',
    'Confirme a sua subscrição',
    'Olá {name}, confirme que quer receber a newsletter da {company}: {link}',
  ),
  s(
    'pt',
    'Falta pouco! Confirme seu cadastro na newsletter',
    'Oi {name}, clique para confirmar sua inscrição na lista da {company}: {link}',
  ),
  s(
    'it',
    'Confermi l’iscrizione?',
    'Ciao {name}, conferma per ricevere la newsletter di {company}: {link}',
  ),
  s(
    'it',
    'Attiva la tua iscrizione alle novità {company}',
    'Un clic e sei dei nostri: {link}\nSe non sei stato tu, ignora questa email.',
  ),
  s(
    'nl',
    'Bevestig je inschrijving',
    'Hoi {name}, klik om de nieuwsbrief van {company} te ontvangen: {link}',
  ),
  s(
    'nl',
    'Nog één klik naar onze nieuwsbrief',
    'Bevestig je aanmelding bij {company} via {link}\nNiet aangemeld? Dan hoef je niets te doen.',
  ),
]

export const HAND_RESET = [
  r(
    'en',
    '{code} is your {company} code',
    'Use {code} to sign in. It expires in 10 minutes. Never share it with anyone.',
  ),
  r(
    'en',
    'Reset your password',
    'Hi {name}, we got a request to reset your {company} password. Choose a new one here: {link}\nIf you did not ask, you can ignore this.',
  ),
  r(
    'de',
    'Passwort zurücksetzen',
    'Hallo {name}, hier kannst du ein neues Passwort für {company} festlegen: {link}\nDer Link gilt eine Stunde.',
  ),
  r(
    'de',
    'Ihr Anmeldecode: {code}',
    'Geben Sie den Code {code} ein, um sich bei {company} anzumelden. Gültig für 15 Minuten.',
  ),
  r(
    'fr',
    'Réinitialisation de votre mot de passe',
    'Bonjour {name}, pour choisir un nouveau mot de passe {company}, cliquez ici : {link}',
  ),
  r(
    'fr',
    'Votre code de connexion : {code}',
    'Utilisez {code} pour vous connecter à {company}. Il expire dans 10 minutes.',
  ),
  r(
    'es',
    'Restablece tu contraseña',
    'Hola {name}, recibimos una petición para cambiar tu contraseña de {company}: {link}',
  ),
  r(
    'es',
    'Tu código de acceso es {code}',
    'Introduce {code} para entrar en {company}. Caduca en 10 minutos.',
  ),
  r(
    'pt',
    'Redefinição da palavra-passe',
    'Olá {name}, recebemos um pedido para redefinir a sua palavra-passe {company}: {link}',
  ),
  r(
    'pt',
    'Seu código de acesso: {code}',
    'Use {code} para entrar na {company}. Expira em 10 minutos.',
  ),
  r(
    'it',
    'Reimposta la password',
    'Ciao {name}, abbiamo ricevuto una richiesta di reimpostazione della password {company}: {link}',
  ),
  r(
    'it',
    'Il tuo codice di accesso è {code}',
    'Inserisci {code} per accedere a {company}. Scade tra 10 minuti.',
  ),
  r(
    'nl',
    'Wachtwoord opnieuw instellen',
    'Hoi {name}, stel hier een nieuw wachtwoord in voor {company}: {link}',
  ),
  r(
    'nl',
    'Je inlogcode: {code}',
    'Gebruik {code} om in te loggen bij {company}. Geldig voor 10 minuten.',
  ),
]
