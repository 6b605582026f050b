// Hand-written password reset and sign-in code mails in companies' own words.
import type { Hand } from './types.ts'

export const HAND_RESET: readonly Hand[] = [
  [
    'en',
    'Reset your {c} password',
    'Hi {p},\n\nWe got a request to reset your password. Choose a new one here (valid 30 minutes):\n{link}\n\nIf this wasn’t you, your password stays as it is.',
  ],
  [
    'en',
    '{code} is your {c} code',
    'Use {code} to sign in to {c}. Requested for {p}. Expires in 10 minutes.',
  ],
  [
    'de',
    'Passwort vergessen?',
    'Hallo {p},\n\nkein Problem. Über diesen Link vergibst du ein neues Passwort für {c}:\n{link}\n\nDer Link ist eine Stunde gültig.',
  ],
  [
    'de',
    'Ihr Code: {code}',
    'Guten Tag {p}, Ihr Einmalcode für {c} lautet {code}. Er verfällt in 15 Minuten.',
  ],
  [
    'fr',
    'Réinitialisation de votre mot de passe',
    'Bonjour {p},\n\nune demande de réinitialisation a été faite pour votre compte {c}. Choisissez un nouveau mot de passe : {link}',
  ],
  [
    'fr',
    'Votre code de connexion {c}',
    'Bonjour {p}, voici votre code : {code}. Il expire dans 10 minutes.',
  ],
  [
    'es',
    'Restablece tu contraseña',
    'Hola {p},\n\nrecibimos una petición para cambiar la contraseña de tu cuenta de {c}. Hazlo aquí: {link}',
  ],
  [
    'es',
    'Tu código de acceso: {code}',
    'Hola {p}, usa el código {code} para entrar en {c}. Caduca en 10 minutos.',
  ],
  [
    'pt',
    'Redefinição de palavra-passe',
    'Olá {p},\n\nrecebemos um pedido para redefinir a palavra-passe da sua conta {c}: {link}',
  ],
  [
    'pt',
    'Seu código {c}: {code}',
    'Oi {p}, seu código de acesso é {code}. Ele vale por 10 minutos.',
  ],
  [
    'it',
    'Reimposta la password',
    'Ciao {p},\n\nabbiamo ricevuto una richiesta di reimpostazione della password per {c}: {link}',
  ],
  [
    'it',
    'Il tuo codice di accesso {code}',
    'Ciao {p}, il codice per accedere a {c} è {code}. Scade tra 10 minuti.',
  ],
  [
    'nl',
    'Wachtwoord opnieuw instellen',
    'Hoi {p},\n\nwe kregen een verzoek om je wachtwoord bij {c} te wijzigen. Kies een nieuw wachtwoord: {link}',
  ],
  [
    'nl',
    'Je inlogcode: {code}',
    'Hoi {p}, je code voor {c} is {code}. Hij verloopt over 10 minuten.',
  ],
]
