// Burst texts for en, de.
import type { BurstTexts } from './types.ts'

export const EN: BurstTexts = {
  roles: ['Data Analyst', 'Project Coordinator', 'UX Researcher', 'Operations Lead'],
  job: [
    [
      'Thank you for applying to {brand}',
      'Hi {first},\nThanks for your application for {role}. We have received it and our recruiting team will review it. If your profile matches, we will be in touch within two weeks.\n{brand} Talent Team',
    ],
    [
      'Application received: {role}',
      'Dear {first}, this confirms we have received your application for the position of {role} (ref. {ref}). You can follow its status in your candidate portal: {link}',
    ],
  ],
  items: ['wool jumper (M)', 'running shoes 42', 'desk lamp', 'pack of 3 socks', 'ceramic mug set'],
  order: [
    [
      'Order confirmation #{ref}',
      'Thanks for your order, {first}!\nItems: {items}\nTotal: {amount}\nEstimated delivery: {day}',
    ],
    ['We have got your order!', '{brand} order {ref}: {items}. Paid {amount}. Arriving {day}.'],
  ],
  shipped: ['Your {brand} order {ref} has shipped', 'On its way! Tracking {code}. Expected {day}.'],
  sectors: [
    'Bank',
    'Insurance',
    'Energy',
    'Mobile',
    'Post Office',
    'Magazine',
    'Broadband',
    'Pension',
  ],
  move: [
    [
      'We have received your change of address',
      'Dear {first}, we have received your request to update your address. Reference {ref}. The change will apply within 5 working days.',
    ],
    [
      'Address update request {ref}',
      'Thanks {first}, your new address has been noted. Your next statement will go to the new address.',
    ],
  ],
  customer: [
    [
      'Your November statement is ready',
      'Hi {first}, your statement from {brand} is available in your account.',
    ],
    ['News from {brand}', 'Tips for the winter and a look at what is new this month.'],
  ],
  code: [
    '{code} is your {brand} code',
    'Enter this code on your new device to sign in: {code}. Requested at {day}.',
  ],
  alert: [
    'New sign-in on Android',
    'We noticed a new sign-in to your {brand} account from {device}. If this was you, you can ignore this email.',
  ],
  trip: [
    [
      'Booking confirmed: London – Porto, {day}',
      'Booking reference {ref}. Total paid {amount}. Online check-in opens 30 hours before departure.',
    ],
    [
      'Your stay at {brand} is confirmed',
      'Confirmation {ref}, 3 nights from {day}. Total {amount}, pay at the hotel.',
    ],
    [
      'Car rental reservation {ref}',
      'Compact car, pick-up Porto Airport {day}. Estimated total {amount}.',
    ],
    [
      'Your travel insurance policy',
      'Policy {ref} covers your trip from {day}. Premium paid {amount}.',
    ],
    [
      'Airport parking booked',
      'Space booked from {day}. Booking {ref}, paid {amount}. Show the QR code at the barrier.',
    ],
  ],
  events: [
    'Intro to Watercolour',
    'Cloud Costs Webinar',
    'Community Half Marathon',
    'Evening Spanish A2',
  ],
  event: [
    [
      'You are registered: {event}',
      'Hi {first}, your place for {event} on {day} is confirmed. Add it to your calendar: {link}',
    ],
    ['Registration confirmed', 'Thanks for signing up for {event}. Ticket no. {ref}.'],
  ],
  confirmFirst: [
    'Please confirm your email to complete registration',
    'Click to confirm your address for {event}: {link}',
  ],
}

export const DE: BurstTexts = {
  roles: [
    'Sachbearbeiter Buchhaltung',
    'Projektmanagerin',
    'Werkstudent Marketing',
    'Teamleitung Logistik',
  ],
  job: [
    [
      'Ihre Bewerbung bei {brand}',
      'Hallo {first},\nvielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen. Wir melden uns nach Prüfung innerhalb von 14 Tagen.\nIhr Recruiting-Team {brand}',
    ],
    [
      'Eingangsbestätigung Ihrer Bewerbung',
      'Sehr geehrte/r {first}, wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle {role} (Kennziffer {ref}). Status: {link}',
    ],
  ],
  items: ['Winterjacke', 'Laufschuhe 42', 'Schreibtischlampe', 'Bettwäsche-Set', 'Kaffeemühle'],
  order: [
    [
      'Bestellbestätigung Nr. {ref}',
      'Danke für deine Bestellung, {first}!\nArtikel: {items}\nGesamt: {amount}\nVoraussichtliche Lieferung: {day}',
    ],
    [
      'Wir haben Ihre Bestellung erhalten',
      'Bestellung {ref} bei {brand}: {items}. Summe {amount}. Lieferung bis {day}.',
    ],
  ],
  shipped: [
    'Ihre Bestellung {ref} wurde versandt',
    'Sendungsnummer {code}, Zustellung voraussichtlich {day}.',
  ],
  sectors: [
    'Bank',
    'Versicherung',
    'Stadtwerke',
    'Mobilfunk',
    'Post',
    'Zeitschrift',
    'Krankenkasse',
    'Internet',
  ],
  move: [
    [
      'Ihre Adressänderung ist bei uns eingegangen',
      'Guten Tag {first}, wir haben Ihre Mitteilung über die neue Anschrift erhalten. Vorgangsnummer {ref}. Die Änderung wird in wenigen Tagen wirksam.',
    ],
    [
      'Bestätigung: neue Anschrift',
      'Hallo {first}, danke für deine Umzugsmeldung. Wir haben die Adresse geändert. Referenz {ref}.',
    ],
  ],
  customer: [
    [
      'Ihr Kontoauszug ist da',
      'Hallo {first}, Ihr aktueller Auszug von {brand} liegt im Postfach bereit.',
    ],
    ['Neuigkeiten von {brand}', 'Spartipps für den Winter und unsere Neuheiten.'],
  ],
  code: ['{code} ist Ihr {brand}-Code', 'Geben Sie diesen Code auf Ihrem neuen Gerät ein: {code}.'],
  alert: [
    'Neue Anmeldung auf einem Android-Gerät',
    'Ihr {brand}-Konto wurde gerade auf {device} verwendet. Waren Sie das, ist nichts zu tun.',
  ],
  trip: [
    [
      'Buchungsbestätigung Flug München – Lissabon',
      'Buchungscode {ref}, Abflug {day}. Gesamtpreis {amount}.',
    ],
    [
      'Ihre Hotelbuchung bei {brand}',
      'Bestätigungsnummer {ref}, Anreise {day}, 4 Nächte, {amount}.',
    ],
    ['Mietwagen reserviert', 'Reservierung {ref}, Abholung Flughafen {day}, ca. {amount}.'],
    ['Ihre Reiseversicherung', 'Police {ref}, gültig ab {day}. Beitrag {amount}.'],
    ['Parkplatz am Flughafen gebucht', 'Buchung {ref} ab {day}, bezahlt {amount}.'],
  ],
  events: [
    'Töpferkurs für Einsteiger',
    'Webinar Steuererklärung',
    'Stadtlauf 10 km',
    'Italienisch A1',
  ],
  event: [
    [
      'Anmeldung bestätigt: {event}',
      'Hallo {first}, dein Platz für {event} am {day} ist reserviert. {link}',
    ],
    ['Ihre Teilnahme an {event}', 'Vielen Dank für Ihre Anmeldung. Teilnehmernummer {ref}.'],
  ],
  confirmFirst: [
    'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    'Um die Anmeldung zu {event} abzuschließen: {link}',
  ],
}
