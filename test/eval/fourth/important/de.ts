// Wichtige Post auf Deutsch, für das vierte Set geschrieben (erfundene Dienste, wechselnde Formulierungen).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_DE: readonly ImportantMail[] = [
  {
    from: 'Rheinauer Sparkasse <kontoalarm@rheinauer-sparkasse.de>',
    subject: 'Neue Anmeldung bei Ihrem Online-Banking',
    body: 'Guten Tag {name},\n\nsoeben hat sich jemand mit einem neuen Gerät (Firefox, Linux) in Ihrem Online-Banking angemeldet.\n\nWaren Sie das nicht? Sperren Sie den Zugang sofort unter 0800 555 0173.\n\nIhre Rheinauer Sparkasse',
  },
  {
    from: 'Kartenservice Nordbank <karten@nordbank-service.de>',
    subject: 'Umsatz mit Ihrer Kreditkarte: 312,40 € bei HOTEL AM HAFEN',
    body: 'Mit Ihrer Kreditkarte ****6620 wurde eine Zahlung über 312,40 € bei HOTEL AM HAFEN, Kiel, autorisiert.\n\nSie erkennen die Zahlung nicht? Melden Sie sich in der App unter „Karte sperren“.',
  },
  {
    from: 'Zahlfix <service@zahlfix.de>',
    subject: 'Du hast 45,00 € an Lena Ortmann gesendet',
    body: 'Hallo {name},\n\ndu hast 45,00 € an Lena Ortmann gesendet.\nVerwendungszweck: „Konzertkarten“\nTransaktionscode: {ref}\n\nDein Zahlfix-Team',
  },
  {
    from: 'Fahrtwerk <quittung@fahrtwerk.de>',
    subject: 'Deine Quittung für die Fahrt am Dienstag',
    body: 'Danke, dass du mit Fahrtwerk gefahren bist.\n\nGesamt 23,60 €\nHauptbahnhof → Lindenstraße 12, 9,4 km\nBezahlt mit PayPal\n\nBeleg-Nr. {ref}',
  },
  {
    from: 'Moorbach Versand <bestellung@moorbach-versand.de>',
    subject: 'Bestellbestätigung Nr. {ref}',
    body: 'Hallo {name},\n\nvielen Dank für deine Bestellung!\n\n1 × Wanderrucksack 30 l  89,95 €\n1 × Trinkflasche  14,90 €\nVersand  0,00 €\nSumme  104,85 €\n\nWir melden uns, sobald das Paket unterwegs ist.',
  },
  {
    from: 'Paketwelle <benachrichtigung@paketwelle.de>',
    subject: 'Ihr Paket kommt morgen zwischen 9 und 13 Uhr',
    body: 'Sendungsnummer {ref}\n\nIhr Paket von Moorbach Versand wird voraussichtlich morgen zwischen 9:00 und 13:00 Uhr zugestellt.\n\nNicht zu Hause? Wählen Sie einen Ablageort oder eine Packstation.',
  },
  {
    from: 'Deutsche Fernbahn <buchung@fernbahn-tickets.de>',
    subject: 'Ihre Buchung: Köln Hbf → München Hbf am 19.09.',
    body: 'Auftragsnummer {ref}\n\nFernzug 517, Sa 19.09., Köln Hbf ab 08:18, München Hbf an 12:52\nWagen 7, Platz 84, 2. Klasse\nPreis 59,90 €\n\nIhr Ticket finden Sie im Anhang und in der App.',
  },
  {
    from: 'Finanzamt Online <noreply@steuer-portal.de>',
    subject: 'Ihr Steuerbescheid 2025 steht zum Abruf bereit',
    body: 'Sehr geehrte/r {name} {last},\n\nin Ihrem Postfach im Steuerportal liegt ein neuer Bescheid für das Jahr 2025 zum Abruf bereit.\n\nBitte melden Sie sich an, um ihn einzusehen. Diese Nachricht wurde automatisch erstellt.',
  },
  {
    from: 'Stadtwerke Lindau-Süd <rechnung@sw-lindausued.de>',
    subject: 'Abschlagsrechnung Strom Oktober: 74,00 €',
    body: 'Vertragskonto {ref}\n\nIhr Abschlag für Oktober in Höhe von 74,00 € wird am 15.10. per Lastschrift eingezogen.\n\nIhre Stadtwerke',
  },
  {
    from: 'Wolkenpost <sicherheit@wolkenpost.de>',
    subject: 'Passwort geändert',
    body: 'Hallo {name},\n\ndas Passwort für dein Wolkenpost-Konto wurde heute um 16:21 Uhr geändert.\n\nWarst du das nicht, setze es sofort über „Passwort vergessen“ zurück und kontaktiere uns.',
  },
  {
    from: 'Wolkenpost <sicherheit@wolkenpost.de>',
    subject: 'Zwei-Faktor-Authentifizierung: neues Gerät hinzugefügt',
    body: 'Für dein Konto wurde eine neue Authenticator-App als zweiter Faktor eingerichtet.\n\nWenn du das nicht warst, entferne das Gerät in den Sicherheitseinstellungen.',
  },
  {
    from: 'Klangraum <abo@klangraum.fm>',
    subject: 'Zahlungsbeleg: Klangraum Duo, 14,99 €',
    body: 'Danke für deine Zahlung.\n\nAbo: Klangraum Duo (monatlich)\nBetrag: 14,99 €\nZahlungsmittel: SEPA-Lastschrift\nNächste Abbuchung: 08.10.\n\nRechnung {ref}',
  },
  {
    from: 'Zahlfix <service@zahlfix.de>',
    subject: 'Geld erhalten: 120,00 € von Tobias Brandl',
    body: 'Tobias Brandl hat dir 120,00 € geschickt.\nNachricht: „Miete Garage September“\n\nDas Guthaben ist sofort verfügbar.',
  },
]
