// German everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const DE: LookTexts = {
  newsletter: [
    [
      'Herbstzeit ist Kürbiszeit 🎃',
      'Neue Rezepte, Saisonware und 15 % auf Gewürze bis Sonntag. Du erhältst diesen Newsletter, weil du dich 2020 angemeldet hast. Abmelden',
    ],
    [
      '{brand} Magazin Nr. {n}',
      'Diesmal: Fahrradtouren an der Donau, der große Regenjacken-Test und Leserbriefe.',
    ],
    [
      'Nur heute',
      'Der Sommerschlussverkauf endet um Mitternacht. Einstellungen ändern oder abbestellen.',
    ],
  ],
  social: [
    [
      '{who} hat deinen Beitrag kommentiert',
      '„Tolles Foto! Wo war das?“ – antworte auf {brand} oder schalte Benachrichtigungen aus.',
    ],
    [
      'Du hast 3 neue Kontaktanfragen',
      '{who} und 2 weitere möchten sich mit dir auf {brand} vernetzen.',
    ],
    [
      'Neue Antworten in „Tauschbörse Garten“',
      '{who} hat auf deine Frage zu Tomatensetzlingen geantwortet.',
    ],
  ],
  'auto-reply': [
    [
      'Abwesenheitsnotiz: {topic}',
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und lese meine E-Mails nur eingeschränkt.',
    ],
    [
      'Automatische Antwort: {topic}',
      'Ich bin im Urlaub und ab dem {date} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.',
    ],
    [
      'Out of Office: {topic}',
      'Danke für deine Mail! Ich arbeite dienstags bis donnerstags und melde mich dann.',
    ],
  ],
  'own-code': [
    [
      '{code} ist dein {brand}-Bestätigungscode',
      'Gib diesen Code ein, um die Anmeldung abzuschließen. Er läuft in 10 Minuten ab.',
    ],
    [
      'Passwort zurücksetzen bei {brand}',
      'Du hast ein neues Passwort angefordert. Link gültig für eine Stunde: https://{brand}.example/reset',
    ],
    [
      'Ihr Anmeldecode',
      '{brand}: Ihr Einmalcode lautet {code}. Nicht angefordert? Ignorieren Sie diese E-Mail.',
    ],
  ],
  'ticket-reply': [
    [
      'AW: [Ticket #{ref}] {topic}',
      'Hallo {name}, danke für Ihre Geduld. Wir haben den fehlenden Betrag gutgeschrieben. Viele Grüße, Jana vom {brand}-Support',
    ],
    [
      '[#{ref}] Neuigkeiten zu Ihrer Anfrage',
      'Ihre Anfrage „{topic}“ wurde aktualisiert: Das Ersatzteil geht morgen raus.',
    ],
    [
      'Ihr Ticket {ref} wurde gelöst',
      'Wir haben „{topic}“ als gelöst markiert. Antworten Sie einfach, falls noch etwas fehlt.',
    ],
  ],
  'shared-doc': [
    [
      '{who} hat einen Ordner mit dir geteilt',
      '{who} hat dich eingeladen, „Urlaubsfotos {date}“ auf {brand} zu bearbeiten.',
    ],
    [
      'Aktualisierte Einladung: Abstimmung verschoben auf {time}',
      'Dieser Termin wurde geändert. Wann: {date} {time}. Teilnehmen? Ja / Nein / Vielleicht',
    ],
    [
      'Datei freigegeben: Haushaltsplan.xlsx',
      '{who} hat dir Leserechte gegeben. Vorschau in {brand}.',
    ],
  ],
  appointment: [
    [
      'Terminerinnerung: {date}, {time} Uhr',
      'Guten Tag {name}, wir erinnern an Ihre Kontrolle in der Praxis {brand} am {date} um {time} Uhr.',
    ],
    [
      'Ihre Reservierung',
      'Restaurant {brand}: Tisch für 4 Personen am {date} um {time} Uhr. Wir halten den Tisch 15 Minuten.',
    ],
    [
      'Bis morgen!',
      'Dein Friseurtermin bei {brand} ist morgen um {time}. Verschieben? Über den Link in der Buchung.',
    ],
  ],
  notice: [
    [
      'Elternabend am {date}',
      'Liebe Eltern, der Elternabend der Klasse 3b findet am {date} um 19 Uhr statt. Grundschule {brand}',
    ],
    [
      'Neue Öffnungszeiten Wertstoffhof',
      'Ab {date} hat der Wertstoffhof {place} werktags von 9 bis 16 Uhr geöffnet. Ihre Gemeinde',
    ],
    [
      'Ablesung der Heizkostenverteiler',
      'Sehr geehrte Mieter, am {date} zwischen 8 und 12 Uhr werden die Zähler abgelesen. Hausverwaltung {brand}',
    ],
  ],
  'app-notice': [
    [
      'Dein Jahresrückblick 🎉',
      'Du hast dieses Jahr 12.840 Minuten mit {brand} gehört. Deine Top-Künstler ansehen.',
    ],
    [
      'Wir aktualisieren unsere AGB',
      'Ab dem {date} gelten neue Nutzungsbedingungen. Du musst nichts tun.',
    ],
    [
      'Ihr Speicher ist fast voll',
      'Sie nutzen 95 % Ihres {brand}-Speichers. Platz schaffen oder Tarif wechseln.',
    ],
  ],
  people: [
    ['AW: {topic}', 'Passt, dann bis Samstag. Ich bringe die Klappstühle mit. {who}'],
    ['Frohe Festtage', 'Lieber {name}, wir wünschen euch ruhige Feiertage! Herzliche Grüße, {who}'],
    [
      'WG: {topic}',
      'Das könnte dich interessieren. ---------- Weitergeleitete Nachricht ---------- Von {who}',
    ],
  ],
  receipt: [
    [
      'Ihre Quittung von {brand} Nr. {ref}',
      'Vielen Dank für Ihre Zahlung über {amount} € am {date}.',
    ],
    [
      'Zahlung erhalten',
      '{who} hat dir {amount} € gesendet. Das Geld ist in deinem {brand}-Guthaben.',
    ],
    ['Auszahlung unterwegs', 'Deine Auszahlung über {amount} € ist bis {date} auf deinem Konto.'],
  ],
  'bank-alert': [
    [
      'Kartenzahlung über {amount} €',
      '{brand} Bank: Mit Ihrer Karte …7702 wurden {amount} € bei {place} bezahlt.',
    ],
    [
      'Neue Anmeldung in Ihrem Konto',
      'Wir haben eine Anmeldung von einem neuen Gerät (iPhone, {place}) am {date} bemerkt.',
    ],
    [
      'Ihr Passwort wurde geändert',
      'Das Passwort Ihres {brand}-Kontos wurde am {date} um {time} geändert.',
    ],
  ],
  order: [
    [
      'Bestellbestätigung Nr. {ref}',
      'Danke, {name}! Wir bereiten deine Bestellung vor: 2 Artikel, {amount} €. Lieferung voraussichtlich {date}.',
    ],
    [
      'Ihr Paket kommt heute',
      '{brand}: Ihr Paket {ref} wird heute zwischen {time} und 18 Uhr zugestellt.',
    ],
    [
      'Abholbereit',
      'Deine Bestellung {ref} liegt in der {brand}-Packstation {place}. Abholcode {code}.',
    ],
  ],
  travel: [
    [
      'Online-Check-in geöffnet',
      'Flug {brand} {n} nach Lissabon am {date}. Jetzt einchecken und Sitzplatz wählen.',
    ],
    ['Ihre Bordkarte', 'Bordkarte im Anhang: Sitz 14C, Gate schließt um {time}.'],
    [
      'Gate-Änderung: jetzt B{n}',
      'Ihr Flug nach Porto startet jetzt von Gate B{n}. Abflug {time} wie geplant.',
    ],
  ],
}
