// German look-alike texts (written for this set).
import type { LookTexts } from './types.ts'

export const DE: LookTexts = {
  newsletter: [
    [
      'Black Friday: bis zu 50 % Rabatt 🖤',
      'Nur bis Montag bei {brand}. Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Abmelden | Einstellungen',
    ],
    [
      'Geschenkideen unter 30 €',
      'Bestellen Sie bis {day}, dann ist alles vor Heiligabend da. Newsletter abbestellen',
    ],
    [
      'Cyber Monday',
      'Im Browser ansehen | {brand} | Nur heute: Versand gratis ab 20 €. Rückgabe bis 31. Januar.',
    ],
  ],
  social: [
    [
      '{friend} hat dich in einem Kommentar erwähnt',
      '„Kommst du mit zum Weihnachtsmarkt?" Antworte auf {brand}.',
    ],
    [
      'Neue Antwort in „Plätzchenrezepte"',
      '{friend} hat auf deinen Beitrag geantwortet. Benachrichtigungen verwalten.',
    ],
    ['3 neue Follower', '[Logo {brand}] Sieh dir an, wer dir diese Woche folgt.'],
  ],
  autoreply: [
    [
      'Abwesenheitsnotiz: {subj}',
      'Vielen Dank für Ihre Nachricht. Ich bin bis {day} im Weihnachtsurlaub und lese keine E-Mails.',
    ],
    [
      'Automatische Antwort: {subj}',
      'Unser Büro bleibt vom 24.12. bis 2.1. geschlossen. Wir melden uns danach.',
    ],
    [
      'AW: {subj} (Abwesend)',
      'Hallo, ich bin ab {day} wieder erreichbar. In dringenden Fällen wenden Sie sich an die Zentrale.',
    ],
  ],
  code: [
    [
      'Ihr Bestätigungscode: {code}',
      'Sie haben eine Anmeldung über Firefox unter Windows angefordert. Code {code}, gültig 10 Minuten.',
    ],
    [
      'Dein Anmeldelink',
      'Tippe hier, um dich auf deinem iPhone bei {brand} anzumelden. Der Link läuft in 15 Minuten ab.',
    ],
    [
      'Passwort zurücksetzen',
      'Wir haben eine Anfrage von Safari auf dem Mac erhalten. Dieser Link gilt 30 Minuten: {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] AW: {subj}',
      'Hallo {first}, danke für Ihre Geduld zu Ticket #{ticket}. Der Ersatz geht morgen raus.',
    ],
    [
      'Ihr Anliegen {ticket}: Rückerstattung',
      'Guten Tag {first}, zu „{subj}": die Erstattung über {amount} ist freigegeben.',
    ],
    [
      'AW: {subj} [Vorgang {ticket}]',
      'Kundenservice | {brand} | Wir haben Ihr Paket im Depot gefunden und die Zustellung für {day} neu geplant.',
    ],
  ],
  shared: [
    [
      '{friend} hat „Wunschzettel 2026" für dich freigegeben',
      'Du kannst das Dokument jetzt bearbeiten. In {brand} öffnen.',
    ],
    [
      'Einladung: Weihnachtsfeier am {day} um 19 Uhr',
      'Organisator: {friend}. Teilnehmen? Ja – Vielleicht – Nein',
    ],
    [
      'Wichteln 🎁',
      'Vorschau: die Auslosung ist da | {friend} hat dich zur Wichtelgruppe auf {brand} hinzugefügt.',
    ],
  ],
  appointment: [
    [
      'Terminerinnerung',
      'Ihr Termin in der Praxis {brand} ist am {day} um 10:30 Uhr. Bitte sagen Sie ab, falls Sie verhindert sind.',
    ],
    [
      'Tischreservierung bestätigt',
      'Wir freuen uns auf Sie am {day} um 19:30 Uhr, 6 Personen. Restaurant {brand}',
    ],
    ['Bis bald!', '[Logo {brand}] Ihr Friseurtermin: {day}, 14 Uhr. Termin verwalten.'],
  ],
  notice: [
    [
      'Elternbrief: letzter Schultag',
      'Liebe Eltern, der Unterricht endet am {day} um 11:30 Uhr. Frohe Feiertage! {brand}-Grundschule',
    ],
    [
      'Öffnungszeiten über die Feiertage',
      'Die Geschäftsstelle des TSV {brand} ist vom 23.12. bis 6.1. geschlossen. Mitgliedsbeitrag 2027 wird im Januar eingezogen.',
    ],
    [
      'Nebenkostenabrechnung und Winterdienst',
      'Startseite | Mieter | Hausverwaltung {brand}: ab Februar beträgt die Vorauszahlung {amount}.',
    ],
  ],
  app: [
    [
      'Dein Jahresrückblick 2026 🎉',
      '214 Trainings und 1.812 km – sieh dir deine Highlights in {brand} an.',
    ],
    [
      'Speicher fast voll',
      'Du nutzt 96 % deines Speichers. Upgrade auf {brand} Plus oder räume auf.',
    ],
    [
      'Änderung unserer AGB',
      'Im Browser ansehen | Ab {day} gelten neue Nutzungsbedingungen. Sie müssen nichts tun.',
    ],
  ],
  people: [
    [
      'Frohe Weihnachten!',
      'Liebe {first}, schöne Feiertage euch allen! Bleibt es beim 27.? {friend}',
    ],
    ['AW: {subj}', 'Klingt super, ich bringe Glühwein mit. LG {friend}'],
    [
      'WG: Fotos vom Adventsmarkt',
      'Hier die Bilder vom Samstag. Das letzte ist mein Liebling! {friend}',
    ],
  ],
  receipt: [
    [
      'Ihre Quittung von {brand}',
      'Geschenkgutschein über {amount}, bezahlt mit Mastercard •• 4412. Bestellung {n}.',
    ],
    [
      'Danke für Ihre Spende',
      'Ihre Spende von {amount} an die Stiftung {brand} ist eingegangen. Zuwendungsbestätigung folgt. Ref. {n}',
    ],
    [
      'Sie haben {amount} gesendet',
      '{brand} Pay | Zahlung an {friend} für „Wichteln" am {day} abgeschlossen. Transaktion {n}.',
    ],
  ],
  bank: [
    [
      'Neue Anmeldung in Ihrem Online-Banking',
      'Anmeldung von einem neuen Gerät (Android, Leipzig) am {day}. Waren Sie das nicht? Rufen Sie uns an.',
    ],
    [
      'Kartenzahlung über {amount}',
      'Ihre Karte •• 7731 wurde online mit {amount} belastet. Nicht Sie? Karte in der App sperren.',
    ],
    [
      'Ihr Passwort wurde geändert',
      '{brand} Bank | Sicherheitshinweis: Ihr Passwort wurde am {day} geändert.',
    ],
  ],
  order: [
    [
      'Bestellbestätigung {n}',
      'Danke {first}! Wir haben Ihre Bestellung erhalten. Summe {amount}.',
    ],
    [
      'Ihr Paket kommt heute',
      'Zustellung zwischen 11:40 und 12:40 Uhr. Ablageort: Garage. {brand}',
    ],
    [
      'Abholbereit',
      'Shop | Bestellungen | Hilfe – Bestellung {n} liegt in der {brand} Packstation. Abholcode {code}.',
    ],
  ],
  travel: [
    [
      'Online-Check-in geöffnet',
      'Ihr Flug nach Lissabon am {day} ist bereit zum Check-in. Buchungscode {code}.',
    ],
    [
      'Ihre Bordkarte',
      'Bordkarte für {first}, Sitz 14C. Das Gate schließt 30 Minuten vor Abflug. {brand} Air',
    ],
    [
      'Buchung bestätigt ✈️',
      '[{brand} Bahn] Hin- und Rückfahrt am {day}, Wagen 5, Plätze 41-42. Gesamt {amount}.',
    ],
  ],
}
