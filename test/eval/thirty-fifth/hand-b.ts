// Hand-written in-house wave wordings (subscription and reset), two per language and family, and
// the 2026 helpdesk behaviour: "verify your email address to submit your request".
import type { HandText } from './types.ts'
import type { Lang } from '../types.ts'

type Row = [Lang, string, string]
const rows = (list: Row[]): HandText[] =>
  list.map(([lang, subject, body]) => ({ lang, subject, body }))

export const HAND_SUB: readonly HandText[] = rows([
  [
    'en',
    'Confirm you want our emails 💌',
    'Hi {greet}, someone (hopefully you) asked to join the {company} newsletter. Confirm here: {link}',
  ],
  [
    'en',
    'Is this you, {greet}?',
    'Tap to start getting {company} news and offers: {link} No tap, no emails.',
  ],
  [
    'de',
    'Newsletter-Anmeldung bestätigen',
    'Hallo {greet}, bitte bestätige deine Anmeldung zum {company}-Newsletter: {link} Ohne Bestätigung versenden wir nichts.',
  ],
  [
    'de',
    'Nur noch ein Klick ✉️',
    'Sehr geehrte/r {greet}, um den Newsletter von {company} zu erhalten, bestätigen Sie bitte Ihre Adresse: {link}',
  ],
  [
    'fr',
    'Confirmez votre inscription à la newsletter',
    'Bonjour {greet}, confirmez votre inscription à la lettre d’information {company} : {link}',
  ],
  [
    'fr',
    'Plus qu’un clic !',
    '{greet}, pour recevoir nos bons plans {company}, validez votre adresse ici : {link}',
  ],
  [
    'es',
    'Confirma tu suscripción al boletín',
    'Hola {greet}, confirma que quieres recibir el boletín de {company}: {link}',
  ],
  [
    'es',
    '¿Nos confirmas? 📬',
    '{greet}, solo falta un clic para recibir las novedades de {company}: {link}',
  ],
  [
    'pt',
    'Confirme a sua inscrição na newsletter',
    'Olá {greet}, confirme que quer receber a newsletter da {company}: {link}',
  ],
  [
    'pt',
    'Falta só um clique',
    'Oi {greet}! Confirme sua inscrição para receber as novidades da {company}: {link}',
  ],
  [
    'it',
    'Conferma l’iscrizione alla newsletter',
    'Ciao {greet}, conferma che vuoi ricevere la newsletter di {company}: {link}',
  ],
  [
    'it',
    'Manca solo un clic',
    'Gentile {greet}, per ricevere le offerte {company} confermi l’indirizzo: {link}',
  ],
  [
    'nl',
    'Bevestig je aanmelding voor de nieuwsbrief',
    'Hoi {greet}, bevestig dat je de nieuwsbrief van {company} wilt ontvangen: {link}',
  ],
  [
    'nl',
    'Nog één klik',
    'Beste {greet}, bevestig uw adres om de aanbiedingen van {company} te ontvangen: {link}',
  ],
])

export const HAND_RESET: readonly HandText[] = rows([
  [
    'en',
    'Your {company} sign-in code: {code}',
    'Use {code} to sign in. It expires in 10 minutes. If you didn’t ask for it, you can ignore this email.',
  ],
  [
    'en',
    'Reset your password',
    'Hi {greet}, we got a request to reset the password on your {company} account. Choose a new one here: {link}',
  ],
  [
    'de',
    'Passwort vergessen?',
    'Hallo {greet}, über diesen Link kannst du ein neues Passwort für {company} festlegen: {link} Der Link gilt 30 Minuten.',
  ],
  [
    'de',
    'Ihr Anmeldecode: {code}',
    'Ihr einmaliger Code für {company} lautet {code}. Geben Sie ihn niemals weiter.',
  ],
  [
    'fr',
    'Réinitialisation de votre mot de passe',
    'Bonjour {greet}, cliquez ici pour choisir un nouveau mot de passe {company} : {link}',
  ],
  [
    'fr',
    '{code} est votre code de connexion',
    'Votre code {company} : {code}. Il expire dans 15 minutes.',
  ],
  [
    'es',
    'Restablece tu contraseña',
    'Hola {greet}, pulsa aquí para crear una contraseña nueva en {company}: {link}',
  ],
  [
    'es',
    'Tu código de acceso: {code}',
    'Introduce {code} para entrar en {company}. Caduca en 10 minutos.',
  ],
  [
    'pt',
    'Redefinição de senha',
    'Olá {greet}, use este link para criar uma nova senha na {company}: {link}',
  ],
  ['pt', 'O seu código: {code}', 'Código de acesso {company}: {code}. Não o partilhe com ninguém.'],
  [
    'it',
    'Reimposta la password',
    'Ciao {greet}, per scegliere una nuova password {company} clicca qui: {link}',
  ],
  [
    'it',
    'Il tuo codice di accesso è {code}',
    'Inserisci {code} per accedere a {company}. Scade tra 10 minuti.',
  ],
  [
    'nl',
    'Wachtwoord vergeten?',
    'Hoi {greet}, kies via deze link een nieuw wachtwoord voor {company}: {link}',
  ],
  [
    'nl',
    'Je inlogcode: {code}',
    'Gebruik {code} om in te loggen bij {company}. De code verloopt over 10 minuten.',
  ],
])

/** Helpdesks that ask the sender to verify the address before a web-form request is filed. */
export const VERIFY_TO_SUBMIT: readonly HandText[] = rows([
  [
    'en',
    '[{company}] Verify your email address to submit your request',
    'Hello,\nTo submit your request "{payload}", verify your email address: {link}\nIf you did not send a request to {company}, ignore this email.',
  ],
  [
    'de',
    '[{company}] Bestätigen Sie Ihre E-Mail-Adresse, um Ihre Anfrage zu senden',
    'Hallo,\nbitte bestätigen Sie Ihre E-Mail-Adresse, damit Ihre Anfrage „{payload}“ übermittelt wird: {link}',
  ],
  [
    'fr',
    '[{company}] Vérifiez votre adresse e-mail pour envoyer votre demande',
    'Bonjour,\nPour envoyer votre demande « {payload} », vérifiez votre adresse e-mail : {link}',
  ],
  [
    'es',
    '[{company}] Verifica tu correo para enviar tu solicitud',
    'Hola:\nPara enviar tu solicitud «{payload}», verifica tu dirección de correo: {link}',
  ],
  [
    'pt',
    '[{company}] Verifique o seu e-mail para enviar o pedido',
    'Olá,\nPara enviar o seu pedido "{payload}", verifique o seu endereço de e-mail: {link}',
  ],
  [
    'it',
    '[{company}] Verifica l’indirizzo e-mail per inviare la richiesta',
    'Ciao,\nper inviare la richiesta "{payload}", verifica il tuo indirizzo e-mail: {link}',
  ],
  [
    'nl',
    '[{company}] Verifieer je e-mailadres om je aanvraag te versturen',
    'Hallo,\nVerifieer je e-mailadres om je aanvraag "{payload}" te versturen: {link}',
  ],
])
