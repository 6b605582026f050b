// Dutch burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_NL: BurstTexts = {
  couponConfirm:
    'Bevestig je inschrijving en ontvang je {pct} % code\nHoi,\n\nNog één klik en je welkomstcode is van jou. Bevestig je e-mailadres: {link}\n\nDe code geldt voor je eerste bestelling, ook op Black Friday-deals.\n\n{shop}',
  couponCode:
    'Hier is je code: {code} 🎉\nWelkom bij {shop}!\n\nJe {pct} % code: {code}\nGeldig tot {date} op je eerste bestelling.\n\nBegin met shoppen: {link}',
  welcome: [
    'Welkom in de {shop} familie\nHoi {first},\n\nLeuk dat je erbij bent! Dit kun je verwachten: als eerste toegang tot de sale, nieuwe collecties en cadeau-ideeën, ongeveer één keer per week.\n\nOnze bestsellers: {link}\n\nAfmelden kan altijd.',
    'Onze bestsellers, speciaal voor jou\n{shop}\n\nNog op zoek naar cadeaus, {first}? Dit zijn de favorieten van onze klanten dit seizoen. Vergeet je code {code} niet.\n\nOntdek: {link}\n\nAfmelden | Voorkeuren',
  ],
  account: [
    'Activeer je account\nHoi {first},\n\nBedankt voor je bestelling bij {shop}. We hebben een klantaccount voor je aangemaakt zodat je je bestelling kunt volgen. Activeer het hier: {link}',
    'Stel je wachtwoord in voor {shop}\nHallo,\n\nBij het afrekenen is een account aangemaakt voor {email}. Stel een wachtwoord in om bestellingen te volgen en adressen te bewaren: {link}\n\nDe link is 7 dagen geldig.',
    'Verifieer je e-mailadres\nVerifieer je e-mailadres voor je nieuwe {shop} account: {link}\n\nHeb je geen account aangemaakt? Negeer dan dit bericht.',
  ],
  payment:
    'Betaalbewijs voor bestelling {order}\n{shop}\n\nBetaald bedrag: {amount} €\nBetaalmethode: Visa •••• {last4}\nDatum: {today}\n\nBewaar dit betaalbewijs. Vragen? Beantwoord deze e-mail.',
  review:
    'Hoe was het, {first}? Beoordeel je bestelling {order}\nHoi {first},\n\nJe bestelling van {shop} is een paar dagen geleden bezorgd. Wil je een minuutje nemen om hem te beoordelen? Je review helpt andere klanten.\n\n★★★★★ Schrijf een review: {link}',
  supportAck: [
    '[{shop}] Verzoek ontvangen: {subject}\nHoi {first},\n\nBedankt voor je bericht aan de klantenservice van {shop}. We hebben je verzoek ontvangen en reageren binnen 24 uur. Je ticketnummer is {ticket}.\n\nMet vriendelijke groet,\n{shop}',
    'Antw: {subject} [#{ticket}]\nHallo,\n\nWe hebben je bericht ontvangen en ticket #{ticket} aangemaakt. Rond Black Friday reageren we binnen twee werkdagen.\n\n— {shop} Support',
  ],
  eventConfirm:
    'Bevestig je aanmelding: {event}\nHoi {first},\n\nBedankt voor je aanmelding voor {event} op {date}. Bevestig je aanmelding zodat we je plek vasthouden: {link}\n\nTot dan!\n{shop}',
  tickets:
    'Je tickets voor {event}\nBestelling {order}\n\nHoi {first}, bedankt voor je aankoop!\n2 x Staanplaats – {amount} €\n{venue}, {date}, deuren open 19:00\n\nJe tickets zitten als pdf in de bijlage en staan in de app: {link}',
  invite:
    'Uitnodiging: {event} op {date} 10:00 - 11:30 (CET)\n{shop} heeft je uitgenodigd voor dit evenement.\n\nWanneer: {date} 10:00 – 11:30\nDeelnamelink: {link}\n\nKom je? Ja · Nee · Misschien\n\nJe ontvangt deze uitnodiging omdat je je voor het evenement hebt aangemeld.',
  reminder:
    'Herinnering: {event} begint morgen\nHoi {first},\n\nEven een herinnering: {event} begint morgen om 10:00. Je persoonlijke link: {link}\n\nZet het in je agenda zodat je het niet mist.\n\n{shop}',
  travelVerify:
    'Bevestig je e-mailadres\nWelkom bij {shop}, {first}!\n\nBevestig je e-mailadres om je account af te ronden en updates over je boekingen te krijgen: {link}',
  booking: {
    flight:
      'Boekingsbevestiging – je vlucht naar {city} ({ref})\nBeste {name},\n\nBedankt voor je boeking bij {shop}. Boekingscode: {ref}\nHeenreis: {date}, vertrek 07:45\nReizigers: 1 volwassene\nTotaal betaald: {amount} €\n\nBeheer je boeking en check 24 uur voor vertrek online in: {link}',
    hotel:
      'Je verblijf in {shop} {city} is bevestigd\nHoi {first},\n\nBevestigingsnummer: {ref}\nInchecken: {date} vanaf 15:00\n2 nachten, 1 tweepersoonskamer met ontbijt\nTotaal: {amount} €\n\nReservering bekijken of wijzigen: {link}',
    car: '{shop} reservering {ref}: je auto in {city}\nHoi {first},\n\nJe huurauto is gereserveerd.\nOphalen: station {city}, {date} 10:00\nCategorie: compact of vergelijkbaar\nVooruitbetaald: {amount} €\n\nNeem je rijbewijs en een creditcard op jouw naam mee. Beheren: {link}',
    rail: 'Je e-tickets: {city} – {date}\n{shop}\n\nHoi {first}, hier zijn je tickets. Boekingsnummer {ref}.\nRijtuig 6, plaats 45\nTotaal: {amount} €\n\nLaat de QR-code zien op je telefoon of print hem: {link}',
  },
  travelPayment:
    'Betaling ontvangen – boeking {ref}\nWe hebben je betaling van {amount} € met je Visa eindigend op {last4} voor boeking {ref} ontvangen. De factuur zit in de bijlage.\n\n{shop}',
  events: [
    'Kerstloop 10 km voor het goede doel',
    'Retail Tech Top 2026 (online)',
    'Kerstconcert van het koor',
    'Webinar: klaar voor Black Friday',
  ],
  cities: ['Antwerpen', 'Keulen', 'Maastricht', 'Londen'],
  venues: ['TivoliVredenburg', 'Stadsschouwburg', 'Jaarbeurs'],
}
