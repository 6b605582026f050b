// German burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_DE: BurstTexts = {
  couponConfirm:
    'Anmeldung bestätigen und {pct} % Rabattcode sichern\nHallo,\n\nnur noch ein Klick, dann gehört Ihr Willkommenscode Ihnen. Bitte bestätigen Sie Ihre E-Mail-Adresse: {link}\n\nDer Code gilt für Ihre erste Bestellung, auch auf Black-Friday-Angebote.\n\n{shop}',
  couponCode:
    'Hier ist dein Code: {code} 🎉\nWillkommen bei {shop}!\n\nDein {pct} % Code: {code}\nGültig bis {date} für deine erste Bestellung.\n\nJetzt shoppen: {link}',
  welcome: [
    'Willkommen in der {shop} Familie\nHallo {first},\n\nschön, dass du dabei bist! Das erwartet dich: früher Zugang zu Sales, neue Kollektionen und Geschenkideen – etwa einmal pro Woche.\n\nUnsere Bestseller: {link}\n\nAbmeldung jederzeit möglich.',
    'Unsere Bestseller – für dich ausgewählt\n{shop}\n\nNoch auf der Suche nach Geschenken, {first}? Diese Lieblingsstücke sind diese Saison der Renner. Denk an deinen Willkommenscode {code}.\n\nEntdecken: {link}\n\nAbmelden | Einstellungen',
  ],
  account: [
    'Aktivieren Sie Ihr Kundenkonto\nHallo {first},\n\ndanke für Ihre Bestellung bei {shop}. Wir haben ein Kundenkonto für Sie angelegt, damit Sie Ihre Bestellung verfolgen können. Hier aktivieren: {link}',
    'Passwort für {shop} festlegen\nGuten Tag,\n\nbeim Bestellen wurde ein Konto für {email} angelegt. Legen Sie ein Passwort fest, um Bestellungen zu verfolgen und Adressen zu speichern: {link}\n\nDer Link ist 7 Tage gültig.',
    'E-Mail-Adresse bestätigen\nBitte bestätigen Sie Ihre E-Mail-Adresse für Ihr neues Konto bei {shop}: {link}\n\nWenn Sie kein Konto angelegt haben, ignorieren Sie diese Nachricht.',
  ],
  payment:
    'Zahlungsbeleg zu Bestellung {order}\n{shop}\n\nBezahlter Betrag: {amount} €\nZahlungsart: Visa •••• {last4}\nDatum: {today}\n\nBitte bewahren Sie diesen Beleg auf. Fragen? Antworten Sie auf diese E-Mail.',
  review:
    'Wie zufrieden bist du, {first}? Bewerte deine Bestellung {order}\nHallo {first},\n\ndeine Bestellung von {shop} ist vor ein paar Tagen angekommen. Nimmst du dir eine Minute für eine Bewertung? Sie hilft anderen beim Einkaufen.\n\n★★★★★ Bewertung schreiben: {link}',
  supportAck: [
    '[{shop}] Anfrage erhalten: {subject}\nHallo {first},\n\ndanke, dass Sie sich an den Kundenservice von {shop} gewandt haben. Ihre Anfrage ist eingegangen, unser Team antwortet innerhalb von 24 Stunden. Ihre Ticketnummer: {ticket}.\n\nFreundliche Grüße\n{shop}',
    'AW: {subject} [#{ticket}]\nGuten Tag,\n\nwir haben Ihre Nachricht erhalten und das Ticket #{ticket} eröffnet. Rund um Black Friday antworten wir innerhalb von zwei Werktagen.\n\n– {shop} Support',
  ],
  eventConfirm:
    'Bitte bestätige deine Anmeldung: {event}\nHallo {first},\n\ndanke für deine Anmeldung zu {event} am {date}. Bitte bestätige sie, damit wir deinen Platz freihalten: {link}\n\nBis bald!\n{shop}',
  tickets:
    'Deine Tickets für {event}\nBestellung {order}\n\nHallo {first}, vielen Dank für deinen Einkauf!\n2 x Stehplatz – {amount} €\n{venue}, {date}, Einlass 19:00 Uhr\n\nDeine Tickets hängen als PDF an und sind in der App: {link}',
  invite:
    'Einladung: {event} am {date} 10:00 - 11:30 (MEZ)\n{shop} hat Sie zu diesem Termin eingeladen.\n\nWann: {date} 10:00 – 11:30\nTeilnahmelink: {link}\n\nTeilnehmen? Ja · Nein · Vielleicht\n\nSie erhalten diese Einladung, weil Sie sich für die Veranstaltung angemeldet haben.',
  reminder:
    'Erinnerung: {event} beginnt morgen\nHallo {first},\n\nkleine Erinnerung: {event} beginnt morgen um 10:00 Uhr. Dein persönlicher Link: {link}\n\nTrag den Termin in deinen Kalender ein.\n\n{shop}',
  travelVerify:
    'Bitte bestätigen Sie Ihre E-Mail-Adresse\nWillkommen bei {shop}, {first}!\n\nBestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto einzurichten und Buchungsinfos zu erhalten: {link}',
  booking: {
    flight:
      'Buchungsbestätigung – Ihr Flug nach {city} ({ref})\nSehr geehrte/r {name},\n\nvielen Dank für Ihre Buchung bei {shop}. Buchungscode: {ref}\nHinflug: {date}, Abflug 07:45\nReisende: 1 Erwachsener\nGesamtpreis: {amount} €\n\nBuchung verwalten und 24 Stunden vor Abflug online einchecken: {link}',
    hotel:
      'Ihr Aufenthalt im {shop} {city} ist bestätigt\nHallo {first},\n\nBestätigungsnummer: {ref}\nAnreise: {date} ab 15:00 Uhr\n2 Nächte, 1 Doppelzimmer inkl. Frühstück\nGesamt: {amount} €\n\nReservierung ansehen oder ändern: {link}',
    car: '{shop} Reservierung {ref}: Ihr Mietwagen in {city}\nHallo {first},\n\nIhr Mietwagen ist reserviert.\nAbholung: {city} Hauptbahnhof, {date} 10:00 Uhr\nFahrzeuggruppe: Kompaktklasse o. ä.\nVorausbezahlt: {amount} €\n\nBitte Führerschein und Kreditkarte auf Ihren Namen mitbringen. Verwalten: {link}',
    rail: 'Ihre Online-Tickets: {city} – {date}\n{shop}\n\nHallo {first}, hier sind Ihre Tickets. Auftragsnummer {ref}.\nWagen 6, Platz 45\nGesamt: {amount} €\n\nQR-Code auf dem Handy zeigen oder ausdrucken: {link}',
  },
  travelPayment:
    'Zahlung erhalten – Buchung {ref}\nWir haben Ihre Zahlung von {amount} € per Visa mit Endziffern {last4} für die Buchung {ref} erhalten. Die Rechnung finden Sie im Anhang.\n\n{shop}',
  events: [
    'Nikolauslauf 10 km',
    'Handel Digital Gipfel 2026 (online)',
    'Adventskonzert des Kammerchors',
    'Webinar: Black Friday im Onlinehandel',
  ],
  cities: ['Wien', 'Hamburg', 'Zürich', 'Dresden'],
  venues: ['Stadthalle', 'Kulturzentrum', 'Konzerthaus'],
}
