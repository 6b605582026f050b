// German in-house wordings (written for this set).
import type { WaveLang } from './types.ts'

export const DE: WaveLang = {
  hand: {
    helpdesk: [
      [
        'Angekommen! Vorgang {ref}',
        'Hallo {name},\n\ndeine Nachricht ist bei uns gelandet (Vorgang {ref}). Wir melden uns, sobald jemand draufgeschaut hat – meistens am nächsten Werktag.\n\nDein Text: „{msg}“\n\nDein {brand}-Team',
      ],
      [
        'Eingangsbestätigung Ihres Anliegens',
        'Sehr geehrte/r {name},\n\nhiermit bestätigen wir den Eingang Ihres Anliegens vom heutigen Tage. Es wird unter der Nummer {ref} bearbeitet. Bitte geben Sie diese bei Rückfragen an.\n\nMit freundlichen Grüßen\nKundenservice {brand}',
      ],
    ],
    verification: [
      [
        'Fast geschafft, {name}!',
        'Noch ein Klick und dein {brand}-Konto ist scharf: {link}\n\nWar das nicht du? Dann einfach ignorieren.',
      ],
      [
        '{brand}',
        'Moin {name}! Bestätig kurz deine Mail-Adresse, damit wir wissen, dass es dich wirklich gibt 😉\n{link}',
      ],
      [
        'Bitte E-Mail-Adresse bestätigen',
        'Guten Tag {name},\n\nvielen Dank für Ihre Registrierung im Vereinsportal von {brand}. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 72 Stunden über folgenden Link:\n{link}\n\nOhne Bestätigung wird die Registrierung gelöscht.',
      ],
    ],
    subscription: [
      [
        'Nur noch bestätigen ✉️',
        'Hi {name}, schön, dass du dabei sein willst! Klick hier und der Newsletter kommt jeden Donnerstag: {link}',
      ],
      [
        'Willst du wirklich Post von uns?',
        'Jemand (hoffentlich du) hat sich für die {brand}-Angebote eingetragen. Ja sagen: {link}\nSonst passiert nichts.',
      ],
    ],
    reset: [
      [
        'Warst du das?',
        'Für dein {brand}-Konto wurde ein neues Passwort angefordert. Wenn du das warst, geht es hier weiter (30 Minuten gültig):\n{link}\nSonst bleibt alles beim Alten.',
      ],
      [
        'Dein Anmeldelink für {brand}',
        'Hallo {name},\n\nmit diesem Link meldest du dich ohne Passwort an. Er gilt 15 Minuten und nur einmal.\n{link}\n\nAngefordert über Firefox auf macOS.',
      ],
    ],
  },
  greet: [
    'Hallo {name},',
    'Hi {name}!',
    'Guten Tag {name},',
    'Moin,',
    'Servus {name},',
    'Liebe/r {name},',
  ],
  body: {
    helpdesk: [
      'Ihre Anfrage ist bei uns eingegangen und hat die Nummer {ref}.',
      'Danke für deine Nachricht – wir haben sie als Ticket {ref} erfasst.',
      'Wir haben Ihr Anliegen ({ref}) erhalten und kümmern uns darum.',
      'Kurze Info: Deine Meldung {ref} liegt jetzt in unserer Warteschlange.',
    ],
    verification: [
      'Danke, dass du ein Konto bei {brand} angelegt hast.',
      'Ihr neues Kundenkonto ist fast fertig.',
      'Willkommen an Bord! Vorher müssen wir kurz diese Adresse prüfen.',
      'Mit {email} wurde ein {brand}-Konto erstellt.',
    ],
    subscription: [
      'Du möchtest unseren Newsletter bekommen.',
      'Schön, dass Sie sich für unsere Neuigkeiten eingetragen haben!',
      'Bevor wir dir etwas schicken, brauchen wir dein Okay.',
      'Ihre Anmeldung wartet nur noch auf einen Klick.',
    ],
    reset: [
      'Wir haben eine Anfrage zum Ändern Ihres Passworts erhalten.',
      'Für {email} wurde ein neues Passwort angefordert.',
      'Ausgesperrt? Wir holen dich zurück.',
      'Hier ist dein Code: {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Antworten Sie einfach auf diese E-Mail, um etwas zu ergänzen.',
      'Status: {link}',
      'Du musst nicht nochmal schreiben.',
    ],
    verification: ['Hier bestätigen: {link}', 'Adresse bestätigen → {link}', 'Dein Code: {code}'],
    subscription: [
      'Anmeldung bestätigen: {link}',
      'Ja, ich will → {link}',
      'Einmal tippen: {link}',
    ],
    reset: [
      'Passwort zurücksetzen: {link}',
      'Neues Passwort wählen: {link}',
      'Der Code gilt 10 Minuten.',
    ],
  },
  close: [
    'Viele Grüße, dein {brand}-Team',
    'Mit freundlichen Grüßen\n{brand}',
    '– {brand}',
    'Bis bald!',
  ],
  subj: {
    helpdesk: ['AW: {msg}', '[{brand}] Ticket {ref}', 'Wir sind dran', 'Ihre Anfrage {ref}'],
    verification: ['Bitte bestätigen', 'Willkommen bei {brand}!', '{name}', 'Nur noch ein Schritt'],
    subscription: ['Anmeldung bestätigen', 'Bist du dabei?', '{brand} Newsletter', '📬'],
    reset: [
      'Passwort zurücksetzen',
      '{code} ist dein {brand}-Code',
      'Hilfe beim Login',
      'Hallo {name}',
    ],
  },
  remind: ['Erinnerung: ', 'Noch offen: ', 'Nicht vergessen: '],
}
