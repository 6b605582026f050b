// German look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const DE: LookTexts = {
  newsletter: [
    'Herbstaktion: 20 % auf Strick 🍂 || Der {brand} Newsletter. Kostenlose Rücksendung bis {date}. Abmelden oder Einstellungen ändern am Ende dieser Mail.',
    'Ihre Lesetipps zum Wochenende || Fünf Artikel und ein Rezept aus der {brand} Redaktion. Sie erhalten diesen Newsletter seit 2022.',
    'Nur noch heute || Der Mitgliederverkauf endet um Mitternacht. Ihre Kundennummer {n} ist hinterlegt. {brand}',
  ],
  social: [
    '{from} hat dein Foto kommentiert || „Richtig schön!“ — antworte auf {brand}.',
    'Du hast 3 neue Follower || {from} und 2 weitere folgen dir jetzt auf {brand}.',
    'Neu in deiner Gruppe: Flohmarkt {city} || {from} schrieb: „Wer hilft beim Aufbau?“',
  ],
  ooo: [
    'Automatische Antwort: {orig} || Vielen Dank für Ihre Nachricht. Ich bin bis {date} nicht im Büro. In dringenden Fällen wenden Sie sich an zentrale@{brand}.example.',
    'Abwesenheitsnotiz: {orig} || Ich bin im Urlaub und ab {date} wieder erreichbar. Ihre Mail wird nicht weitergeleitet.',
    'Abwesend: {orig} || Bin diese Woche auf Dienstreise, antworte danach. Danke!',
  ],
  code: [
    'Ihr {brand} Bestätigungscode || Ihr Code lautet {code}. Er ist 10 Minuten gültig. Angefordert bei der Anmeldung in einem neuen Browser.',
    '{code} ist dein {brand} Code || Damit schließt du die Änderung deiner E-Mail-Adresse ab.',
    'Passwort zurücksetzen bei {brand} || Sie haben eben ein neues Passwort angefordert. Link 30 Minuten gültig.',
  ],
  ticket: [
    'AW: [#{ref}] {orig} || Hallo {first}, danke für Ihre Geduld. Zu Ticket #{ref}: Das Ersatzteil geht morgen raus. Grüße, Lena vom {brand} Service',
    '[{brand}] Ihre Anfrage {ref} wurde gelöst || Ihre Anfrage {ref} „{orig}“ ist erledigt. Antworten Sie, um sie erneut zu öffnen.',
    'Rückfrage zu Vorgang {ref} || Können Sie uns die Seriennummer schicken? Bezug: Ihr Vorgang {ref}.',
  ],
  shared: [
    '{from} hat einen Ordner mit dir geteilt || „Fotos {city}“ — 48 Dateien. In {brand} öffnen.',
    'Aktualisierte Einladung: Jour fixe jetzt um {time} || {from} hat den Termin am {date} verschoben. Zusagen / Vielleicht / Absagen',
    '{from} lädt Sie zum Bearbeiten von „Haushalt 2027“ ein || Tabelle in {brand} öffnen.',
  ],
  booking: [
    'Erinnerung: Ihr Termin am {date} um {time} || Praxis Dr. Albers, {brand}, {city}. Absagen bitte bis 24 h vorher.',
    'Ihr Tisch ist reserviert || {brand}, {date}, {time} Uhr, 2 Personen.',
    'HU fällig || Ihre Hauptuntersuchung ist bis {date} fällig. Termin bei {brand} buchen.',
  ],
  notice: [
    'Elternabend am {date} || Liebe Eltern der 4b, wir laden herzlich ein. Ihre {brand} Grundschule',
    'Geänderte Öffnungszeiten des Bürgerbüros || Stadt {brand}: ab {date} montags geschlossen.',
    'Hausmitteilung: Wasserabstellung am {date} || Von 9 bis 12 Uhr kein Wasser. Ihre {brand} Hausverwaltung',
  ],
  app: [
    'Dein Jahr mit {brand} 🎉 || Du hast 1.204 Stunden gehört. Jetzt Jahresrückblick ansehen.',
    'Wir aktualisieren unsere AGB || Ab {date} gelten neue Bedingungen für Ihr {brand} Konto.',
    'Speicher fast voll || Ihr {brand} Speicher ist zu 95 % belegt.',
  ],
  person: [
    'AW: {orig} || Passt, bis Samstag! Bring die große Schüssel mit. LG {from}',
    'WG: {orig} || Von Papa weitergeleitet — kannst du mal schauen? {from}',
    'Frohe Festtage || Liebe Grüße von {from} und Familie 🎄',
  ],
  receipt: [
    'Ihr Beleg von {brand} || {amount} mit Karte …4417 am {date} bezahlt. Beleg-Nr. {ref}.',
    'Sie haben {amount} an {from} gesendet || Zahlung abgeschlossen. Referenz {ref}. {brand}',
    'Auszahlung unterwegs || {amount} werden in 2 Werktagen gutgeschrieben. {brand}',
  ],
  bank: [
    'Kartenzahlung über {amount} bei {brand} || Nicht erkannt? Sperren Sie die Karte in der App.',
    'Neue Anmeldung bei {brand} || Ein neues Gerät hat sich um {time} in der Nähe von {city} angemeldet.',
    'Ihr Passwort wurde geändert || Das Passwort Ihres {brand} Onlinebankings wurde am {date} geändert.',
  ],
  order: [
    'Ihre Bestellung #{ref} ist unterwegs || Zustellung voraussichtlich {date}. Sendung bei {brand} verfolgen.',
    'Paket liegt zur Abholung bereit || Packstation {brand} in {city}, Abholcode {code}.',
    'Bestellbestätigung || Bestellung #{ref}, Summe {amount}. Wir melden uns beim Versand.',
  ],
  travel: [
    'Online-Check-in für {city} geöffnet || Flug {ref} am {date}. Jetzt einchecken. {brand}',
    'Ihre Bordkarte || Gate schließt 20 Minuten vor Abflug. Sitz 14C. {brand}',
    'Gatewechsel: Flug {ref} || Neues Gate B12, Boarding {time}. {brand}',
  ],
}
