// English and German account-security texts, written for this set.
import type { SecurityTexts } from './types.ts'

export const SEC_EN: SecurityTexts = {
  breach: [
    'Important: a security incident at {brand}',
    'We recently found that customer email addresses and hashed passwords were accessed. Please change your password and turn on two-step verification.',
  ],
  reset: [
    'Reset your {brand} password',
    'Here is the link you asked for: {link} It expires in 30 minutes.',
  ],
  code: ['{brand} code: {code}', 'Your verification code is {code}. Do not share it.'],
  changed: [
    'Your password was changed',
    'The password of your {brand} account was changed at {time}. If this wasn’t you, contact us.',
  ],
  twofa: [
    'Two-step verification turned on',
    'You added an authenticator app to your {brand} account. You will need a code when you sign in.',
  ],
  newSignin: [
    'New sign-in from Firefox on Linux',
    'Your {brand} account was signed in to from Firefox on Linux near {place} at {time}.',
  ],
  recovery: [
    'Your recovery codes',
    'You generated new recovery codes for {brand}. Keep them somewhere safe; the old ones no longer work.',
  ],
  confirmed: [
    'Your email address was confirmed',
    'Thanks, your email address for {brand} is confirmed.',
  ],
  newDevice: [
    'New device signed in',
    'A new phone (Android) signed in to your {brand} account near {place}.',
  ],
  welcomeBack: [
    'Welcome back to {brand}',
    'Good to see you again on your new phone. Your settings have been restored.',
  ],
  storeReceipt: [
    'Your receipt from the App Store',
    '{brand} Premium, monthly: €{amount}. Billed to your card ending 5531.',
  ],
  tried: [
    'Someone tried to sign in to your account',
    'We blocked a sign-in to {brand} with your password from an unknown device near Lagos at {time}. Change your password now.',
  ],
  blocked: [
    'Unusual sign-in attempt blocked',
    '{brand} stopped a sign-in attempt that didn’t look like you. Review your recent activity.',
  ],
  failed: [
    'Failed login attempts on your account',
    'There were 6 failed attempts to log in to {brand} in the last hour.',
  ],
  wasThisYou: [
    'Was this you?',
    'Someone entered the correct password for your {brand} account from a new browser. If this wasn’t you, reset your password.',
  ],
}

export const SEC_DE: SecurityTexts = {
  breach: [
    'Wichtig: Sicherheitsvorfall bei {brand}',
    'Wir haben festgestellt, dass E-Mail-Adressen und verschlüsselte Passwörter abgerufen wurden. Bitte ändern Sie Ihr Passwort und aktivieren Sie die Zwei-Faktor-Anmeldung.',
  ],
  reset: [
    'Passwort für {brand} zurücksetzen',
    'Hier ist der angeforderte Link: {link} Er läuft in 30 Minuten ab.',
  ],
  code: ['{brand}-Code: {code}', 'Ihr Bestätigungscode lautet {code}. Geben Sie ihn nicht weiter.'],
  changed: [
    'Ihr Passwort wurde geändert',
    'Das Passwort Ihres {brand}-Kontos wurde um {time} geändert. Waren Sie das nicht? Melden Sie sich bei uns.',
  ],
  twofa: [
    'Zwei-Faktor-Authentifizierung aktiviert',
    'Sie haben eine Authenticator-App mit Ihrem {brand}-Konto verbunden.',
  ],
  newSignin: [
    'Neue Anmeldung mit Firefox unter Linux',
    'Bei Ihrem {brand}-Konto hat sich um {time} Firefox unter Linux in der Nähe von {place} angemeldet.',
  ],
  recovery: [
    'Ihre Wiederherstellungscodes',
    'Sie haben neue Wiederherstellungscodes für {brand} erstellt. Die alten gelten nicht mehr.',
  ],
  confirmed: [
    'Ihre E-Mail-Adresse wurde bestätigt',
    'Danke, Ihre E-Mail-Adresse bei {brand} ist bestätigt.',
  ],
  newDevice: [
    'Neues Gerät angemeldet',
    'Ein neues Telefon (Android) hat sich in der Nähe von {place} bei {brand} angemeldet.',
  ],
  welcomeBack: [
    'Willkommen zurück bei {brand}',
    'Schön, dass du wieder da bist. Deine Einstellungen wurden auf dem neuen Handy wiederhergestellt.',
  ],
  storeReceipt: [
    'Ihre Quittung vom App Store',
    '{brand} Premium, monatlich: {amount} €. Abgerechnet über Ihre Karte …5531.',
  ],
  tried: [
    'Jemand hat versucht, sich bei Ihrem Konto anzumelden',
    'Wir haben um {time} eine Anmeldung bei {brand} mit Ihrem Passwort von einem unbekannten Gerät blockiert.',
  ],
  blocked: [
    'Ungewöhnlicher Anmeldeversuch blockiert',
    '{brand} hat einen Anmeldeversuch gestoppt, der nicht nach Ihnen aussah.',
  ],
  failed: [
    'Fehlgeschlagene Anmeldeversuche',
    'In der letzten Stunde gab es 6 fehlgeschlagene Anmeldeversuche bei {brand}.',
  ],
  wasThisYou: [
    'Waren Sie das?',
    'Jemand hat das richtige Passwort für Ihr {brand}-Konto in einem neuen Browser eingegeben.',
  ],
}
