// Hand-written in-house password-reset and sign-in-code mails nobody asked for, each company's
// own words (written for this set; no two share a sentence). Slots: see types.ts.
import { wordings, type HandText } from './types.ts'

const TEXTS: readonly HandText[] = [
  [
    'en',
    'Reset your {company} password',
    'Hi {name},\n\nWe received a request to reset the password for {email}. Choose a new one here (valid 1 hour):\n{link}\n\nIf you did not ask for this, you can safely ignore this email.',
  ],
  [
    'en',
    '{code}',
    'Your {company} sign-in code. It expires in 10 minutes. Never share it with anyone.',
  ],
  [
    'en',
    'Your link to {company}',
    'Click to sign in - no password needed:\n{link}\n\nThis link works once. Requested from a new device.',
  ],
  [
    'de',
    'Passwort zurücksetzen',
    'Hallo {name},\n\nfür dein {company}-Konto wurde ein neues Passwort angefordert. Lege es hier fest:\n{link}\n\nWarst du das nicht? Dann ignoriere diese Mail einfach.',
  ],
  [
    'de',
    'Ihr Anmeldecode für {company}',
    'Ihr einmaliger Code lautet {code}. Er ist 5 Minuten gültig.',
  ],
  [
    'de',
    'Neues Passwort angefordert?',
    'Guten Tag {name}, über unsere Website wurde das Zurücksetzen Ihres Passworts beantragt. Link: {link}',
  ],
  [
    'fr',
    'Réinitialisation de votre mot de passe',
    'Bonjour {name},\n\nUne demande de réinitialisation du mot de passe a été faite pour votre compte {company}. Cliquez ici pour en choisir un nouveau :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message.',
  ],
  [
    'fr',
    '{code} est votre code de connexion',
    'Utilisez ce code pour vous connecter à {company}. Il expire dans 10 minutes.',
  ],
  [
    'fr',
    'Mot de passe oublié ?',
    'Pas de panique, {name} ! Clique ici pour en créer un nouveau : {link}',
  ],
  [
    'es',
    'Restablece tu contraseña',
    'Hola {name}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta en {company}. Hazlo aquí:\n{link}\n\nSi no lo has solicitado, ignora este correo.',
  ],
  [
    'es',
    'Tu código de acceso',
    'Introduce {code} para iniciar sesión en {company}. Caduca en 10 minutos.',
  ],
  [
    'es',
    '¿Olvidaste tu contraseña?',
    'Usted solicitó recuperar el acceso a su cuenta {company}. Enlace válido durante 60 minutos: {link}',
  ],
  [
    'pt',
    'Redefinir palavra-passe',
    'Olá {name},\n\nRecebemos um pedido para redefinir a palavra-passe da sua conta {company}. Use o link abaixo:\n{link}\n\nSe não foi você, ignore este e-mail.',
  ],
  [
    'pt',
    'Seu código de acesso: {code}',
    'Use este código para entrar na {company}. Ele expira em 10 minutos.',
  ],
  ['pt', 'Esqueceu sua senha?', 'Oi {name}, clique aqui para criar uma nova senha: {link}'],
  [
    'it',
    'Reimposta la password',
    'Ciao {name},\n\nabbiamo ricevuto una richiesta di reimpostazione della password per il tuo account {company}. Clicca qui:\n{link}\n\nSe non sei stato tu, ignora questa email.',
  ],
  ['it', 'Codice di accesso {company}', 'Il tuo codice monouso è {code}. Scade tra 10 minuti.'],
  [
    'it',
    'Hai dimenticato la password?',
    'Gentile {name}, per impostare una nuova password utilizzi il seguente link: {link}',
  ],
  [
    'nl',
    'Wachtwoord opnieuw instellen',
    'Hoi {name},\n\nWe hebben een verzoek ontvangen om het wachtwoord van je {company}-account te wijzigen. Stel een nieuw wachtwoord in via:\n{link}\n\nNiet aangevraagd? Negeer deze e-mail.',
  ],
  [
    'nl',
    'Je inlogcode is {code}',
    'Gebruik deze code om in te loggen bij {company}. Hij is 10 minuten geldig.',
  ],
  [
    'nl',
    'Wachtwoord vergeten?',
    'Beste {name}, via deze link kunt u een nieuw wachtwoord kiezen: {link}',
  ],
]

export const HAND_RESET = wordings(TEXTS)
