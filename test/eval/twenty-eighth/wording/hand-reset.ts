// Hand-written password resets and sign-in codes, each a company's own wording.
import { w, type Wording } from './types.ts'

const r = w('reset')

export const HAND_RESET: readonly Wording[] = [
  r(
    'en',
    'en-GB',
    true,
    'Password reset request',
    'Hello {name},\n\nWe received a request to reset the password on your {company} account. Choose a new password here:\n{link}\n\nThis link expires in one hour.',
  ),
  r(
    'en',
    'en-US',
    false,
    'Your {company} sign-in code: {code}',
    'Here is your one-time code: {code}\nIt expires in 10 minutes. If you didn’t try to sign in, ignore this.',
  ),
  r(
    'de',
    'de-DE',
    true,
    'Passwort vergessen?',
    'Hallo {name},\n\nwir haben eine Anfrage zum Zurücksetzen Ihres Passworts erhalten. Vergeben Sie hier ein neues:\n{link}\n\nDer Link ist 60 Minuten gültig.',
  ),
  r(
    'de',
    'de-AT',
    false,
    'Dein Anmeldecode: {code}',
    'Hallo {name}, dein Code für {company} lautet {code}. Er gilt 10 Minuten.',
  ),
  r(
    'fr',
    'fr-FR',
    true,
    'Réinitialisation de votre mot de passe',
    'Bonjour {name},\n\nNous avons reçu une demande de réinitialisation de votre mot de passe {company}. Cliquez ici :\n{link}\n\nCe lien expire dans une heure.',
  ),
  r(
    'fr',
    'fr-CA',
    false,
    'Ton code de connexion',
    'Salut {name}, ton code de connexion {company} est le {code}. Il expire dans 10 minutes.',
  ),
  r(
    'es',
    'es-ES',
    true,
    'Restablecimiento de contraseña',
    'Hola {name}:\n\nHemos recibido una petición para restablecer su contraseña de {company}. Hágalo aquí:\n{link}',
  ),
  r(
    'es',
    'es-AR',
    false,
    'Tu código de acceso es {code}',
    'Hola {name}, usá el código {code} para ingresar a {company}. Vence en 10 minutos.',
  ),
  r(
    'pt',
    'pt-BR',
    false,
    'Redefinição de senha',
    'Oi {name}, recebemos um pedido para redefinir sua senha na {company}. Crie uma nova aqui:\n{link}',
  ),
  r(
    'pt',
    'pt-PT',
    true,
    'Código de acesso {code}',
    'Caro(a) {name}, o seu código de acesso à {company} é {code}. É válido durante 10 minutos.',
  ),
  r(
    'it',
    'it-IT',
    true,
    'Recupero password',
    'Gentile {name},\n\nabbiamo ricevuto una richiesta di recupero della password del suo account {company}. Proceda qui:\n{link}',
  ),
  r(
    'it',
    'it-IT',
    false,
    'Il tuo codice di accesso: {code}',
    'Ciao {name}, il codice per accedere a {company} è {code}. Scade tra 10 minuti.',
  ),
  r(
    'nl',
    'nl-NL',
    false,
    'Wachtwoord vergeten?',
    'Hoi {name}, we kregen een verzoek om je wachtwoord bij {company} te resetten. Kies hier een nieuw:\n{link}',
  ),
  r(
    'nl',
    'nl-BE',
    true,
    'Uw inlogcode: {code}',
    'Beste {name}, uw eenmalige inlogcode voor {company} is {code}. Deze is 10 minuten geldig.',
  ),
]
