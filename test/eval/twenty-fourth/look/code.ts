// Look-alike texts of one class (code), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const CODE: LookTexts = {
  en: [
    [
      '{code} is your {brand} sign-in code',
      'Someone (hopefully you) asked to sign in from {device}. Enter {code} to continue. It expires in 10 minutes.',
    ],
    [
      'Your sign-in link',
      'Tap to sign in to {brand} on {device}: {link}\nThis link works once and expires in 15 minutes. Didn’t ask? Ignore this email.',
    ],
    [
      'Reset your {brand} password',
      'You asked to reset your password from {device} at {time}. Choose a new one here: {link} (valid for 1 hour).',
    ],
  ],
  de: [
    [
      '{code} ist Ihr Anmeldecode für {brand}',
      'Jemand (hoffentlich Sie) möchte sich auf {device} anmelden. Code: {code}. Er verfällt in 10 Minuten.',
    ],
    [
      'Ihr Anmeldelink',
      'Tippen Sie hier, um sich auf {device} bei {brand} anzumelden: {link}\nNur einmal gültig, 15 Minuten lang.',
    ],
    [
      'Passwort für {brand} zurücksetzen',
      'Sie haben um {time} auf {device} ein neues Passwort angefordert: {link} (1 Stunde gültig).',
    ],
  ],
  fr: [
    [
      '{code} est votre code de connexion {brand}',
      'Une connexion a été demandée depuis {device}. Saisissez {code} pour continuer. Expire dans 10 minutes.',
    ],
    [
      'Votre lien de connexion',
      'Touchez ici pour vous connecter à {brand} sur {device} : {link}\nUtilisable une fois, 15 minutes.',
    ],
    [
      'Réinitialiser votre mot de passe {brand}',
      'Demande faite à {time} depuis {device}. Nouveau mot de passe : {link} (valable 1 heure).',
    ],
  ],
  es: [
    [
      '{code} es tu código de acceso a {brand}',
      'Alguien (esperamos que tú) quiere entrar desde {device}. Introduce {code}. Caduca en 10 minutos.',
    ],
    [
      'Tu enlace de acceso',
      'Pulsa para entrar en {brand} desde {device}: {link}\nSolo sirve una vez y caduca en 15 minutos.',
    ],
    [
      'Restablece tu contraseña de {brand}',
      'Lo pediste a las {time} desde {device}. Elige una nueva aquí: {link} (válido 1 hora).',
    ],
  ],
  pt: [
    [
      '{code} é o seu código de acesso {brand}',
      'Alguém (esperamos que você) pediu para entrar a partir de {device}. Use {code}. Expira em 10 minutos.',
    ],
    [
      'Seu link de acesso',
      'Toque para entrar no {brand} em {device}: {link}\nVale uma vez e expira em 15 minutos.',
    ],
    [
      'Redefinir a sua palavra-passe {brand}',
      'Pedido feito às {time} a partir de {device}. Escolha uma nova: {link} (válido 1 hora).',
    ],
  ],
  it: [
    [
      '{code} è il tuo codice di accesso {brand}',
      'Qualcuno (speriamo tu) vuole accedere da {device}. Inserisci {code}. Scade tra 10 minuti.',
    ],
    [
      'Il tuo link di accesso',
      'Tocca per accedere a {brand} su {device}: {link}\nValido una sola volta, per 15 minuti.',
    ],
    [
      'Reimposta la password {brand}',
      'Richiesta fatta alle {time} da {device}. Scegline una nuova: {link} (valido 1 ora).',
    ],
  ],
  nl: [
    [
      '{code} is je inlogcode voor {brand}',
      'Iemand (hopelijk jij) wil inloggen vanaf {device}. Vul {code} in. Verloopt over 10 minuten.',
    ],
    [
      'Je inloglink',
      'Tik om in te loggen bij {brand} op {device}: {link}\nEén keer te gebruiken, 15 minuten geldig.',
    ],
    [
      'Wachtwoord resetten voor {brand}',
      'Aangevraagd om {time} vanaf {device}. Kies een nieuw wachtwoord: {link} (1 uur geldig).',
    ],
  ],
}
