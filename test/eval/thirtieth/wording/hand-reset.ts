// Hand-written password resets and sign-in codes: several per language.
import type { Wording } from './types.ts'

type Row = readonly [Wording['lang'], string, string]

const ROWS: readonly Row[] = [
  [
    'en',
    'Reset your {company} password',
    'Hi {name},\nWe got a request to reset your password. Choose a new one here: {link}\nIf this wasn’t you, your password stays the same.',
  ],
  [
    'en',
    '{code} is your {company} sign-in code',
    'Use {code} to sign in. It expires in 10 minutes.',
  ],
  ['en', 'Password help', 'Forgot it? Happens. {link}'],
  [
    'de',
    'Passwort zurücksetzen',
    'Hallo {name},\nwir haben eine Anfrage zum Zurücksetzen deines Passworts erhalten. Neues Passwort festlegen: {link}\nDer Link ist 60 Minuten gültig.',
  ],
  [
    'de',
    'Ihr Anmeldecode: {code}',
    'Sehr geehrte/r {name}, Ihr einmaliger Anmeldecode lautet {code}.',
  ],
  ['de', 'Neues Passwort für {company}', 'Hier geht’s zum neuen Passwort: {link}'],
  [
    'fr',
    'Réinitialisation de votre mot de passe',
    'Bonjour {name},\nVous avez demandé à réinitialiser votre mot de passe {company}. Cliquez ici : {link}\nCe lien expire dans une heure.',
  ],
  ['fr', 'Code de connexion : {code}', 'Voici ton code pour te connecter : {code}'],
  ['fr', 'Mot de passe oublié ?', 'Choisissez un nouveau mot de passe : {link}'],
  [
    'es',
    'Restablece tu contraseña',
    'Hola {name}, hemos recibido una petición para cambiar tu contraseña de {company}. Hazlo aquí: {link}',
  ],
  [
    'es',
    'Su código de acceso: {code}',
    'Estimado/a {name}, su código de un solo uso es {code}. No lo comparta con nadie.',
  ],
  ['es', '¿Olvidaste tu contraseña?', 'Crea una nueva: {link}'],
  [
    'pt',
    'Redefinição da palavra-passe',
    'Olá {name}, recebemos um pedido para redefinir a sua palavra-passe da {company}. Clique aqui: {link}',
  ],
  [
    'pt',
    'Redefina sua senha',
    'Oi {name}! Recebemos uma solicitação de troca de senha. Crie uma nova: {link}',
  ],
  ['pt', 'Seu código de acesso: {code}', 'Use {code} para entrar. Válido por 5 minutos.'],
  [
    'it',
    'Reimposta la password',
    'Ciao {name}, abbiamo ricevuto una richiesta di reimpostazione della password {company}. Procedi qui: {link}',
  ],
  ['it', 'Codice di accesso: {code}', 'Gentile {name}, il suo codice monouso è {code}.'],
  ['it', 'Password dimenticata?', 'Scegline una nuova: {link}'],
  [
    'nl',
    'Wachtwoord opnieuw instellen',
    'Hoi {name}, we kregen een verzoek om je wachtwoord bij {company} te wijzigen. Stel een nieuw in: {link}',
  ],
  ['nl', 'Uw inlogcode: {code}', 'Beste {name}, uw eenmalige inlogcode is {code}.'],
  ['nl', 'Wachtwoord vergeten?', 'Nieuw wachtwoord kiezen: {link}'],
]

export const HAND_RESET: readonly Wording[] = ROWS.map(([lang, subject, body]) => ({
  lang,
  subject,
  body,
}))
