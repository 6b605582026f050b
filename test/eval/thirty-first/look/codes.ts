// Class 4: codes and resets the person asked for (sign-in code, verification code, magic link,
// reset link) from a service they use, written as real services do: a short subject with the code
// or "your sign-in link", the browser/device it was asked from, an expiry. Label `own`.
import type { Lang } from '../../types.ts'

export const CODES: Record<Lang, readonly string[]> = {
  en: [
    '{code} is your {brand} code|Use {code} to sign in. It was requested from Firefox on Windows and expires in 10 minutes. If this wasn’t you, change your password.',
    'Your sign-in link|Hi {name}, tap below to sign in to {brand} on Safari on iPhone. The link expires in 15 minutes.\n{link}',
    'Reset your password|You asked to reset your {brand} password from Chrome on macOS. Choose a new one within 1 hour: {link}',
  ],
  de: [
    '{code} ist dein {brand}-Code|Gib {code} ein, um dich anzumelden. Angefordert mit Firefox unter Windows, gültig für 10 Minuten.',
    'Dein Anmeldelink|Hallo {name}, tippe hier, um dich in Safari auf dem iPhone bei {brand} anzumelden. Der Link läuft in 15 Minuten ab.\n{link}',
    'Passwort zurücksetzen|Du hast über Chrome auf dem Mac ein neues Passwort für {brand} angefordert. Innerhalb einer Stunde festlegen: {link}',
  ],
  fr: [
    '{code} est votre code {brand}|Saisissez {code} pour vous connecter. Demandé depuis Firefox sous Windows, valable 10 minutes.',
    'Votre lien de connexion|Bonjour {name}, touchez ce lien pour vous connecter à {brand} sur Safari (iPhone). Il expire dans 15 minutes.\n{link}',
    'Réinitialiser votre mot de passe|Vous avez demandé un nouveau mot de passe {brand} depuis Chrome sur Mac. Lien valable 1 heure : {link}',
  ],
  es: [
    '{code} es tu código de {brand}|Usa {code} para iniciar sesión. Solicitado desde Firefox en Windows; caduca en 10 minutos.',
    'Tu enlace de inicio de sesión|Hola {name}, pulsa para entrar en {brand} desde Safari en iPhone. El enlace caduca en 15 minutos.\n{link}',
    'Restablecer contraseña|Pediste una contraseña nueva de {brand} desde Chrome en Mac. Tienes 1 hora: {link}',
  ],
  pt: [
    '{code} é o seu código {brand}|Use {code} para entrar. Pedido a partir do Firefox no Windows; expira em 10 minutos.',
    'Seu link de acesso|Oi {name}, toque para entrar na {brand} pelo Safari no iPhone. O link expira em 15 minutos.\n{link}',
    'Redefinir senha|Você pediu uma nova senha da {brand} pelo Chrome no Mac. Defina em até 1 hora: {link}',
  ],
  it: [
    '{code} è il tuo codice {brand}|Usa {code} per accedere. Richiesto da Firefox su Windows, scade tra 10 minuti.',
    'Il tuo link di accesso|Ciao {name}, tocca qui per accedere a {brand} da Safari su iPhone. Il link scade tra 15 minuti.\n{link}',
    'Reimposta la password|Hai chiesto una nuova password {brand} da Chrome su Mac. Hai 1 ora: {link}',
  ],
  nl: [
    '{code} is je {brand}-code|Gebruik {code} om in te loggen. Aangevraagd vanuit Firefox op Windows, 10 minuten geldig.',
    'Je inloglink|Hoi {name}, tik hier om in te loggen bij {brand} via Safari op iPhone. De link verloopt over 15 minuten.\n{link}',
    'Wachtwoord opnieuw instellen|Je vroeg een nieuw {brand}-wachtwoord aan via Chrome op Mac. Binnen 1 uur instellen: {link}',
  ],
}
