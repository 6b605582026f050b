// German look-alike texts (de-DE, de-AT, de-CH), written for this set.
import type { LangTexts } from './types.ts'

export const DE: LangTexts = {
  sent: [
    'Angebot Badsanierung',
    'Reklamation Bestellung',
    'Frage zur Nebenkostenabrechnung',
    'Termin nächste Woche?',
  ],
  texts: {
    newsletter: [
      [
        'Nur noch heute: 25 % auf alles',
        'Hallo {name}, der Sale endet um Mitternacht: {link}. Newsletter abbestellen: {link}/abmelden',
      ],
      [
        'Ihr Wochenrückblick von {brand}',
        'Die fünf meistgelesenen Artikel der Woche. Einstellungen ändern: {link}/einstellungen',
      ],
      [
        'Neu im Sortiment',
        'Frisch eingetroffen bei {brand}. Kein Interesse mehr? Hier abmelden: {link}/abmelden',
      ],
    ],
    social: [
      [
        '{colleague} folgt Ihnen jetzt',
        '{colleague} folgt Ihnen auf {brand}. Profil ansehen: {link}',
      ],
      [
        'Neue Nachricht von {colleague}',
        'Sie haben eine neue Nachricht auf {brand}: „Kommst du am Samstag mit?“ {link}',
      ],
      [
        'Einladung: Grillabend im Vereinsheim',
        '{colleague} hat Sie zu einer Veranstaltung eingeladen. Zusagen: {link}',
      ],
    ],
    autoreply: [
      [
        'Abwesenheitsnotiz: {sent}',
        'Vielen Dank für Ihre Nachricht. Ich bin bis {when} nicht im Büro und lese meine E-Mails nur eingeschränkt.',
      ],
      [
        'Automatische Antwort: {sent}',
        'Ich bin derzeit im Urlaub. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.',
      ],
      ['Abwesend: {sent}', 'Grüezi, ich bin ab {when} wieder erreichbar. Freundliche Grüsse'],
    ],
    code: [
      [
        'Ihr Anmeldecode für {brand}: {code}',
        'Sie haben eine Anmeldung über Firefox unter Windows angefordert. Code: {code}, gültig 10 Minuten.',
      ],
      [
        'Ihr Anmeldelink für {brand}',
        'Hier anmelden: {link}. Angefordert von Safari auf dem iPhone. Der Link verfällt in 15 Minuten.',
      ],
      [
        'Passwort zurücksetzen bei {brand}',
        'Sie haben über Chrome am Mac ein neues Passwort angefordert: {link} (1 Stunde gültig).',
      ],
    ],
    'ticket-reply': [
      [
        'AW: [#{n}] {sent}',
        'Guten Tag {name}, das Ersatzteil ist unterwegs und sollte in drei Tagen bei Ihnen sein. Vorgang #{n}',
      ],
      [
        '[Ticket {n}] {sent}',
        'Hallo {name}, ich habe die doppelte Abbuchung storniert. Freundliche Grüße, Jana von {brand}',
      ],
      [
        'Re: {sent} (Fall {n})',
        'Servus {name}, unser Techniker kann am Donnerstag vormittag kommen. Passt das?',
      ],
    ],
    shared: [
      [
        '{colleague} hat „Budget 2027“ mit Ihnen geteilt',
        '{colleague} hat Sie zum Bearbeiten einer Tabelle eingeladen: {link}',
      ],
      [
        'Einladung: Projektabstimmung am {when}',
        '{colleague} hat Sie eingeladen. Annehmen oder ablehnen: {link}',
      ],
      [
        'Termin verschoben: Zahnarzt am {when}',
        'Dieser Termin wurde geändert. Im Kalender ansehen: {link}',
      ],
    ],
    appointment: [
      [
        'Terminerinnerung für {when}',
        'Liebe/r {name}, wir erinnern an Ihren Termin in der Praxis Dr. Hübner am {when}.',
      ],
      [
        'Ihre Tischreservierung',
        'Wir freuen uns auf Sie am {when} im Gasthaus zur Linde. Änderungen: {link}',
      ],
      [
        'Reifenwechsel: Termin bestätigt',
        'Hallo {name}, Ihr Termin in der Werkstatt am {when} steht.',
      ],
    ],
    notice: [
      [
        'Elternabend am {when}',
        'Liebe Eltern, der Elternabend der 4b findet am {when} in der Aula statt.',
      ],
      [
        'Info der Hausverwaltung: Wasserabsperrung',
        'Sehr geehrte Mieter, am Donnerstag ist das Wasser von 9 bis 12 Uhr abgestellt.',
      ],
      [
        'Vereinsinfo: neue Trainingszeiten',
        'Hallo zusammen, das Training der U12 ist ab nächster Woche mittwochs um 18 Uhr.',
      ],
    ],
    app: [
      [
        'Wir aktualisieren unsere Nutzungsbedingungen',
        'Ab {when} gelten neue Bedingungen. Alle Änderungen: {link}',
      ],
      [
        'Ihr Speicher ist fast voll',
        'Sie nutzen 95 % Ihres Speichers bei {brand}. Platz schaffen oder upgraden: {link}',
      ],
      [
        'Ihr Abo verlängert sich in 7 Tagen',
        'Ihr {brand}-Abo verlängert sich am {when} für 4,99 €. Verwalten: {link}',
      ],
    ],
    person: [
      ['Re: Sonntag Mittagessen', 'Super, wir bringen den Nachtisch mit. Bis um eins!'],
      [
        'Fotos von der Hochzeit',
        'Hallo {name}, hier endlich das Album: {link}. Liebe Grüße, Tante Gerti',
      ],
      [
        'Re: Folien für Dienstag',
        'Danke, ich habe zwei Grafiken ergänzt. Kannst du die Zahlen auf Folie 9 prüfen? {colleague}',
      ],
    ],
    receipt: [
      ['Ihre Quittung von {brand}', 'Danke für Ihre Zahlung über 23,40 € am {when}. Beleg {n}.'],
      [
        'Sie haben 50,00 € an {colleague} gesendet',
        'Ihre Zahlung ist abgeschlossen. Verwendungszweck: Abendessen. Transaktion {n}',
      ],
      [
        'Zahlungseingang Rechnung {n}',
        'Wir haben Ihre Zahlung über 120,00 CHF erhalten. Besten Dank.',
      ],
    ],
    bank: [
      [
        'Neue Anmeldung bei {brand}',
        'Neue Anmeldung mit Chrome unter Windows in Graz. Waren Sie das nicht? Konto sichern: {link}',
      ],
      [
        'Kartenzahlung über 312,99 €',
        'Mit Ihrer Karte endend auf 4412 wurden 312,99 € bezahlt. Nicht Sie? Rufen Sie uns an.',
      ],
      [
        'Zwei-Faktor-Authentifizierung aktiviert',
        'Für Ihr Konto bei {brand} ist nun die Zwei-Faktor-Authentifizierung aktiv.',
      ],
    ],
    order: [
      ['Ihre Bestellung {n} wurde versandt', 'Ihr Paket ist unterwegs. Sendungsverfolgung: {link}'],
      ['Ihr Paket kommt heute', 'Zustellung zwischen 10 und 12 Uhr. Ihr {brand}-Zusteller'],
      [
        'Abholbereit in der Packstation',
        'Ihre Bestellung {n} liegt bereit. Abholcode {code}, 7 Tage gültig.',
      ],
    ],
    travel: [
      [
        'Online-Check-in für Ihren Flug nach Palma ist geöffnet',
        'Checken Sie jetzt für Flug {brand} 412 am {when} ein: {link}',
      ],
      [
        'Ihre Bordkarte – Sitz 21A',
        'Im Anhang Ihre Bordkarte für {when}. Das Gate schließt 30 Minuten vor Abflug.',
      ],
      ['Gate-Änderung: jetzt A17', 'Ihr Flug am {when} startet nun von Gate A17. Buchung {code}.'],
    ],
  },
}
