// German look-alike texts, written for this set.
import { t, type LangLook } from './types.ts'

export const DE: LangLook = {
  texts: {
    newsletter: [
      t(
        'Nur noch heute: 25 % auf Wintermode',
        'Hallo {name}, der Sale endet um Mitternacht. Jacken, Stiefel, Strick.\nJetzt shoppen: {link}\nNewsletter abbestellen | Einstellungen: {link}',
      ),
      t(
        '{brand} am Sonntag – Ausgabe 45',
        'Drei Geschichten der Woche, ein Rezept für Kürbissuppe und Leserpost. Häufigkeit ändern: {link}',
      ),
      t(
        'Neu eingetroffen: Laufschuhe für den Winter',
        'Für dunkle Morgen. Mitglieder retournieren bis Dezember kostenlos. Abmelden: {link}',
      ),
    ],
    social: [
      t('{who} folgt dir jetzt', '{who} folgt dir jetzt auf {brand}. Profil ansehen: {link}'),
      t(
        '{who} hat dich in einem Kommentar erwähnt',
        '„@{name} schau mal!“ – antworten auf {brand}: {link}',
      ),
      t(
        'Einladung: Fotospaziergang am Sonntag',
        '{who} hat dich zu einer Veranstaltung der Gruppe „Fotofreunde am Fluss“ eingeladen: {link}',
      ),
    ],
    ooo: [
      t(
        'Automatische Antwort: {subj}',
        'Vielen Dank für Ihre Nachricht. Ich bin bis {date} nicht im Büro und lese E-Mails nur eingeschränkt. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.',
      ),
      t(
        'Abwesenheitsnotiz: {subj}',
        'Hallo, ich bin bis {date} in Elternzeit. Ihre Mail wird nicht weitergeleitet; bitte schreiben Sie an {who}.',
      ),
      t('Abwesend: {subj}', 'Ich bin diese Woche unterwegs und antworte nach meiner Rückkehr.'),
    ],
    'own-code': [
      t(
        '{code} ist Ihr Anmeldecode für {brand}',
        'Sie möchten sich mit Firefox unter Windows anmelden. Geben Sie {code} ein. Der Code ist 10 Minuten gültig. Waren Sie das nicht? Ändern Sie Ihr Passwort.',
      ),
      t(
        'Ihr Anmeldelink',
        'Hier klicken, um sich bei {brand} anzumelden: {link}\nAngefordert um {time} von Safari auf dem iPhone. Der Link ist 15 Minuten gültig.',
      ),
      t(
        'Passwort für {brand} zurücksetzen',
        'Von einem Chrome-Browser unter macOS wurde ein neues Passwort angefordert. Link (1 Stunde gültig): {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] AW: {subj}',
        'Guten Tag {name}, zu Ticket #{num}: Die Versandkosten wurden erstattet, die Gutschrift erscheint in 3–5 Tagen. Viele Grüße, {who}, {brand} Kundenservice',
      ),
      t(
        'AW: {subj} [#{num}]',
        'Hallo {name}, ich habe beim Lager nachgefragt (Vorgang #{num}): Das Ersatzteil ist heute rausgegangen. Gruß, {who}',
      ),
      t(
        'Neue Antwort zu Ihrer Anfrage #{num}',
        'Zu Ihrer Anfrage #{num} („{subj}“) gibt es eine Antwort: Ihr Konto ist wieder freigeschaltet. Verlauf ansehen: {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} hat „Haushaltsplan 2027.xlsx“ mit Ihnen geteilt',
        '{who} hat Sie zum Bearbeiten einer Tabelle eingeladen. Öffnen: {link}',
      ),
      t(
        'Einladung: Projektabstimmung am {date} um {time}',
        '{who} hat Sie eingeladen. Teilnehmen per Videoanruf. Ja / Vielleicht / Nein – {link}',
      ),
      t(
        'Aktualisierte Einladung: Termin verschoben auf {time}',
        'Dieser Termin wurde geändert. {who} hat ihn auf {date} {time} verschoben.',
      ),
    ],
    appointment: [
      t(
        'Erinnerung an Ihren Termin am {date}',
        'Sehr geehrte/r {name}, wir erinnern an Ihren Termin in der Zahnarztpraxis Dr. Vogt am {date} um {time}. Absagen bitte 24 h vorher.',
      ),
      t(
        'Ihr Werkstatttermin',
        'Autohaus {brand}: Ihr Fahrzeug ist für {date} um {time} eingeplant. Schlüssel bitte an der Annahme abgeben.',
      ),
      t(
        'Tisch für 4 morgen um {time}',
        'Wir freuen uns auf Sie im {brand}! Reservierung ändern: {link}',
      ),
    ],
    notice: [
      t(
        'Klassenfahrt: Einverständniserklärung bis Freitag',
        'Liebe Eltern, bitte geben Sie die Einverständniserklärung für den Museumsbesuch bis Freitag ab.',
      ),
      t(
        'Geänderte Müllabfuhr an den Feiertagen',
        'Ab {date} wird die Wertstofftonne samstags geleert. Abfallkalender der Stadt: {link}',
      ),
      t(
        'Wasserabstellung im Haus',
        'Liebe Mieter, am {date} ist das Wasser von 9 bis 12 Uhr abgestellt. Ihre Hausverwaltung',
      ),
    ],
    'app-notice': [
      t(
        'Wir aktualisieren unsere AGB',
        'Ab {date} gelten neue Nutzungsbedingungen. Für Sie ändert sich nur etwas bei geteilten Arbeitsbereichen. Mehr: {link}',
      ),
      t(
        'Ihr Speicher ist fast voll',
        'Sie nutzen 96 % Ihres {brand}-Speichers. Platz schaffen oder upgraden: {link}',
      ),
      t(
        'Ihr Abo verlängert sich am {date}',
        'Ihr {brand} Plus-Abo verlängert sich am {date} für {amount}. Abo verwalten: {link}',
      ),
    ],
    person: [
      t('Re: Samstag?', 'Klingt gut! Nimm aber den großen Schirm mit, es soll regnen. LG {who}'),
      t(
        'Fotos von der Hochzeit',
        'Hallo {name}, die Fotos sind endlich sortiert, der Link ist im gemeinsamen Album. Liebe Grüße, {who}',
      ),
      t(
        'AW: Bericht Quartal 3',
        'Danke, ich habe auf Seite 4 zwei Kommentare ergänzt. Können wir vor dem Call kurz sprechen? {who}',
      ),
    ],
    receipt: [
      t(
        'Ihre Quittung von {brand} Nr. {num}',
        'Bezahlter Betrag: {amount}\nDatum: {date}\nZahlungsart: Mastercard •••• 7720',
      ),
      t(
        'Sie haben {amount} an {who} gesendet',
        'Zahlung gesendet. Verwendungszweck: Miete November. Transaktions-ID {num}.',
      ),
      t('Zahlung erhalten', '{who} hat Ihnen {amount} gesendet. Der Betrag ist in Ihrem Guthaben.'),
    ],
    bank: [
      t(
        'Neue Anmeldung in Ihrem {brand}-Konto',
        'Ein neues Gerät hat sich am {date} um {time} angemeldet (Android, Hamburg). Waren Sie das nicht? Konto sichern: {link}',
      ),
      t(
        'Kartenumsatz über {amount}',
        'Mit Ihrer Karte auf 7720 wurden {amount} bei TANKSTELLE NORD bezahlt ({date}).',
      ),
      t(
        'Ihr Passwort wurde geändert',
        'Das Passwort Ihres {brand}-Kontos wurde am {date} geändert. Nicht Sie? Rufen Sie uns an.',
      ),
    ],
    order: [
      t(
        'Bestellbestätigung Nr. {num}',
        'Danke {name}! Wir packen Ihre Bestellung. Summe {amount}. Sendungsverfolgung: {link}',
      ),
      t(
        'Ihr Paket kommt heute',
        'Ihr {brand}-Paket {num} wird heute zwischen {time} und 18 Uhr zugestellt.',
      ),
      t(
        'Abholbereit in der Packstation',
        'Ihre Sendung {num} liegt in der Packstation {place}. Abholcode {code}.',
      ),
    ],
    travel: [
      t(
        'Online-Check-in für Ihren Flug nach Lissabon geöffnet',
        'Buchungscode {num}. Jetzt einchecken und Bordkarte holen: {link}',
      ),
      t(
        'Ihre Bordkarte',
        'Das Gate schließt 20 Minuten vor Abflug. Sitz 14C. Bordkarte im Anhang.',
      ),
      t('Gate-Änderung: jetzt B12', 'Ihr Flug um {time} startet jetzt von Gate B12.'),
    ],
  },
  sent: [
    'Angebot Küchenarbeitsplatte',
    'Frage zur Rechnung 3381',
    'Fehlender Artikel in meiner Bestellung',
    'Notizen zum Donnerstag',
  ],
  sentBody: 'Hallo, könnten Sie sich das bitte ansehen? Danke, {name}',
}
