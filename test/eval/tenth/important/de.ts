// German important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const DE: NoticeTable = [
  [
    'Rheinauer Sparbank <service@rheinauer-sparbank.example>',
    'Kartenzahlung über {a} freigegeben',
    'Mit Ihrer Debitkarte (…2290) wurde um {t} eine Zahlung über {a} bei BÄCKEREI KORN getätigt. Waren Sie das nicht? Lassen Sie die Karte sperren.',
  ],
  [
    'Zahlbox <hilfe@zahlbox.example>',
    'Sie haben {a} von Mareike Thon erhalten',
    'Mareike Thon hat Ihnen {a} gesendet. Verwendungszweck: „Konzertkarten“. Transaktionsnummer {r}.',
  ],
  [
    'Zahlbox <hilfe@zahlbox.example>',
    'Zahlungsbeleg: {a} an Stadtwerke Lindau',
    'Sie haben {a} an Stadtwerke Lindau gesendet. Transaktionsnummer {r}. Bitte bewahren Sie diesen Beleg auf.',
  ],
  [
    'Kontozentrale Velora <sicherheit@velora.example>',
    'Neue Anmeldung bei Ihrem Konto',
    'Wir haben um {t} eine neue Anmeldung von {d} festgestellt. Wenn Sie das waren, ist nichts zu tun. Andernfalls sichern Sie bitte sofort Ihr Konto.',
  ],
  [
    'Kontozentrale Velora <sicherheit@velora.example>',
    'Ihr Passwort wurde geändert',
    'Das Passwort Ihres Velora-Kontos wurde um {t} geändert. Wenn Sie das nicht waren, setzen Sie es sofort zurück.',
  ],
  [
    'Rheinauer Sparbank <service@rheinauer-sparbank.example>',
    'Zwei-Faktor-Authentifizierung aktiviert',
    'Für Ihr Online-Banking wurde um {t} die Zwei-Faktor-Authentifizierung aktiviert.',
  ],
  [
    'Kaufwerk <bestellung@kaufwerk.example>',
    'Bestellbestätigung {r}',
    'Vielen Dank für Ihre Bestellung {r}. Gesamtbetrag: {a}. Voraussichtliche Lieferung: Donnerstag.',
  ],
  [
    'PaketFix <sendung@paketfix.example>',
    'Ihre Sendung {r} kommt heute',
    'Ihre Sendung {r} ist in Zustellung und kommt voraussichtlich zwischen {t} und 18:00 Uhr.',
  ],
]
