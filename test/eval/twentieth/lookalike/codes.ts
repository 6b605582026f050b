// 4. Codes and resets the person asked for (sign-in code, verification code, magic link, reset
// link) from a service the person uses: labelled own.
import type { LookClass } from './types.ts'

export const CODES: LookClass = {
  name: 'code',
  label: 'own',
  sender: 'brand',
  brands: ['{Stem}', '{Stem} App', '{Stem} ID'],
  locals: ['no-reply', 'security', 'account'],
  texts: {
    en: [
      [
        'Your {brand} sign-in code',
        "Hi {name},\n\nHere is the code you requested to sign in: {code}\n\nIt expires in {minutes} minutes. If you didn't try to sign in, change your password.\n\n{brand}",
      ],
      [
        'Sign in to {brand}',
        'Click the magic link below to sign in on {device}:\n{link}\n\nThis link can only be used once.',
      ],
      [
        'Reset your password',
        'Hi {name}, you asked to reset your {brand} password from {device} a moment ago. Use this link: {link} (valid for {minutes} minutes).',
      ],
    ],
    de: [
      [
        'Dein Anmeldecode für {brand}',
        'Hallo {name},\n\ndein Code lautet {code}. Er ist {minutes} Minuten gültig.\n\nDu hast dich nicht angemeldet? Dann ändere bitte dein Passwort.',
      ],
      [
        '{code} ist Ihr Bestätigungscode',
        'Sie haben soeben eine Bestätigung für Ihr {brand}-Konto angefordert. Code: {code}',
      ],
      [
        'Passwort zurücksetzen – {brand}',
        'Hallo {name},\n\nwie gewünscht, hier der Link zum Zurücksetzen deines Passworts (angefordert von {device}):\n{link}\n\nGültig für {minutes} Minuten.',
      ],
    ],
    fr: [
      [
        'Votre code de connexion {brand}',
        "Bonjour {name},\n\nVoici le code demandé : {code}\nIl expire dans {minutes} minutes.\n\nSi vous n'avez pas essayé de vous connecter, changez votre mot de passe.",
      ],
      [
        'Lien de connexion à {brand}',
        "Cliquez sur ce lien pour vous connecter depuis {device} : {link}\nLe lien ne fonctionne qu'une fois.",
      ],
      [
        'Réinitialisez votre mot de passe',
        'Bonjour {name}, vous venez de demander un nouveau mot de passe. Utilisez ce lien : {link} (valable {minutes} minutes).',
      ],
    ],
    es: [
      [
        'Tu código de acceso a {brand}',
        'Hola {name}:\n\nEste es el código que has solicitado: {code}\nCaduca en {minutes} minutos.',
      ],
      [
        'Enlace mágico para entrar en {brand}',
        'Pulsa aquí para iniciar sesión en {device}: {link}\nSolo se puede usar una vez.',
      ],
      [
        'Restablecer contraseña',
        'Hola {name}, has pedido restablecer tu contraseña de {brand} hace un momento. Usa este enlace: {link}',
      ],
    ],
    pt: [
      [
        'O seu código de acesso {brand}',
        'Olá {name},\n\nAqui está o código que pediu: {code}\nExpira em {minutes} minutos.',
      ],
      [
        'Link de acesso ao {brand}',
        'Clique para entrar no {device}: {link}\nEste link só funciona uma vez.',
      ],
      [
        'Redefinir palavra-passe',
        'Olá {name}, pediu agora mesmo para redefinir a palavra-passe {brand}. Use esta ligação: {link}',
      ],
    ],
    it: [
      [
        'Il tuo codice di accesso {brand}',
        'Ciao {name},\n\necco il codice richiesto: {code}\nScade tra {minutes} minuti.',
      ],
      [
        'Link di accesso a {brand}',
        'Fai clic qui per accedere da {device}: {link}\nIl link funziona una sola volta.',
      ],
      [
        'Reimposta la password',
        'Ciao {name}, hai appena chiesto di reimpostare la password di {brand}. Usa questo link: {link}',
      ],
    ],
    nl: [
      [
        'Je inlogcode voor {brand}',
        'Hoi {name},\n\nHier is de code die je hebt aangevraagd: {code}\nDe code verloopt over {minutes} minuten.',
      ],
      [
        'Inloglink voor {brand}',
        'Klik hier om in te loggen op {device}: {link}\nDeze link werkt maar één keer.',
      ],
      [
        'Wachtwoord opnieuw instellen',
        'Hoi {name}, je vroeg zojuist om je {brand}-wachtwoord te herstellen. Gebruik deze link: {link}',
      ],
    ],
  },
}
