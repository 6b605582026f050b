// Hand-written password reset and sign-in code mails, each a company's own wording.
import { w, type ByLang } from './types.ts'

export const HAND_RESET: ByLang = {
  en: [
    w('Forgot your password?', 'No worries, {p}. Choose a new one here (valid for 1 hour): {link}'),
    w('{code}', 'Your {brand} sign-in code. It expires in 10 minutes. Never share it with anyone.'),
    w(
      'Password help for {brand}',
      'We received a request to reset the password on your account. If it was you, continue here: {link}',
    ),
  ],
  de: [
    w(
      'Passwort vergessen?',
      'Kein Problem, {p}. Hier kannst du ein neues festlegen (1 Stunde gültig): {link}',
    ),
    w(
      'Ihr Anmeldecode {code}',
      'Mit diesem Code melden Sie sich bei {brand} an. Gültig für 10 Minuten.',
    ),
    w(
      'Neues Kennwort für {brand}',
      'Guten Tag {p}, für Ihr Konto wurde ein neues Kennwort angefordert. Weiter geht es hier: {link}',
    ),
  ],
  fr: [
    w(
      'Mot de passe oublié ?',
      'Pas de souci {p}, choisissez-en un nouveau ici (valable 1 h) : {link}',
    ),
    w(
      '{code} est votre code de connexion',
      'Utilisez ce code pour vous connecter à {brand}. Il expire dans 10 minutes.',
    ),
    w(
      'Réinitialisation demandée',
      'Bonjour {p}, une demande de réinitialisation a été faite pour votre compte {brand} : {link}',
    ),
  ],
  es: [
    w('¿Olvidaste tu contraseña?', 'Tranquilo/a, {p}. Crea una nueva aquí (válido 1 hora): {link}'),
    w('Código de acceso: {code}', 'Usa este código para entrar en {brand}. Caduca en 10 minutos.'),
    w(
      'Solicitud de cambio de contraseña',
      'Hola {p}, nos llegó una petición para cambiar la contraseña de tu cuenta. Sigue aquí: {link}',
    ),
  ],
  pt: [
    w('Esqueceu a senha?', 'Sem problema, {p}. Crie uma nova aqui (válido por 1 hora): {link}'),
    w('Código de acesso {code}', 'Use este código para entrar na {brand}. Expira em 10 minutos.'),
    w(
      'Pedido de nova palavra-passe',
      'Olá {p}, recebemos um pedido para repor a palavra-passe da sua conta: {link}',
    ),
  ],
  it: [
    w(
      'Password dimenticata?',
      'Nessun problema, {p}. Scegline una nuova qui (valido 1 ora): {link}',
    ),
    w('Codice di accesso {code}', 'Usa questo codice per entrare in {brand}. Scade tra 10 minuti.'),
    w(
      'Richiesta di reimpostazione',
      'Ciao {p}, abbiamo ricevuto una richiesta per reimpostare la password del tuo account: {link}',
    ),
  ],
  nl: [
    w(
      'Wachtwoord vergeten?',
      'Geen probleem, {p}. Kies hier een nieuw wachtwoord (1 uur geldig): {link}',
    ),
    w(
      'Inlogcode {code}',
      'Gebruik deze code om in te loggen bij {brand}. Hij verloopt over 10 minuten.',
    ),
    w(
      'Aanvraag nieuw wachtwoord',
      'Hallo {p}, er is een aanvraag gedaan om het wachtwoord van je account te herstellen: {link}',
    ),
  ],
}
