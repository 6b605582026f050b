// German everyday mail, written for this set.
import type { LangTexts } from './types.ts'

export const DE: LangTexts = {
  newsletter: [
    [
      'Nur noch heute: 25 % auf Wintermäntel',
      'Hallo {n}, das Angebot endet um Mitternacht: {link}\n\nNewsletter abbestellen | Einstellungen: {link}',
    ],
    [
      '{b} Wochenrückblick',
      'Die fünf meistgelesenen Artikel der Woche. Du erhältst diese Mail, weil du den Newsletter abonniert hast. Abmelden: {link}',
    ],
    ['Neu eingetroffen bei {b}', 'Frische Ware im Shop. Abmelden: {link}'],
  ],
  social: [
    ['{who} folgt dir jetzt', '{who} folgt dir auf {b}. Profil ansehen: {link}'],
    ['{who} hat dich in einem Kommentar erwähnt', '„@{n} schau mal!“ – antworten: {link}'],
    [
      'Einladung: Stammtisch am Freitag',
      '{who} hat dich zu einer Veranstaltung auf {b} eingeladen: {link}',
    ],
  ],
  'auto-reply': [
    [
      'Automatische Antwort: {subj}',
      'Vielen Dank für Ihre Nachricht. Ich bin bis {date} nicht im Büro und lese meine E-Mails nur eingeschränkt.',
    ],
    [
      'Abwesenheitsnotiz: {subj}',
      'Ich bin im Urlaub und ab {date} wieder erreichbar. Ihre Mail wird nicht weitergeleitet.',
    ],
    ['Auto-Reply: {subj}', 'Danke! Ich melde mich nach meiner Rückkehr.'],
  ],
  'own-code': [
    [
      '{code} ist dein Bestätigungscode für {b}',
      'Du hast eine Anmeldung mit Firefox unter Windows angefordert. Code: {code}, gültig 10 Minuten. Warst du das nicht, ignoriere diese E-Mail.',
    ],
    [
      'Dein Anmeldelink',
      'Hallo {n}, hier ist der angeforderte Link (Safari auf dem iPhone): {link}\nEr ist 15 Minuten gültig.',
    ],
    [
      'Passwort zurücksetzen bei {b}',
      'Über Chrome auf macOS wurde ein neues Passwort angefordert. Link (1 Stunde gültig): {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] AW: {subj}',
      'Hallo {n},\n\nzu Ihrem Ticket #{ref}: Die doppelte Abbuchung wurde erstattet.\n\n> {subj}\n\nFreundliche Grüße, {b} Support',
    ],
    [
      'Neuigkeiten zu Ticket {ref}',
      'Hallo {n}, unser Techniker hat sich Vorgang {ref} („{subj}“) angesehen. Das Ersatzteil geht Montag raus.',
    ],
    [
      'AW: {subj} [Ticket {ref}]',
      'Guten Tag {n}, zu Ticket {ref}: Könnten Sie uns ein Foto der Seriennummer schicken?',
    ],
  ],
  shared: [
    [
      '{who} hat „Budget 2027“ mit dir geteilt',
      '{who} hat eine Tabelle mit dir geteilt. Öffnen: {link}',
    ],
    [
      'Einladung: Teamrunde am {date} um {time}',
      '{who} hat Sie eingeladen. Zusagen / Vielleicht / Absagen: {link}',
    ],
    [
      'Termin verschoben: Zahnarzt jetzt {time}',
      'Der Termin am {date} wurde von {who} verschoben.',
    ],
  ],
  appointment: [
    [
      'Terminerinnerung Praxis Dr. Lindqvist',
      'Ihr Termin ist am {date} um {time}. Bitte Versichertenkarte mitbringen.',
    ],
    ['Ihr Werkstatttermin bei {b}', 'Reifenwechsel am {date} um {time}. Bis dann!'],
    ['Reservierung bestätigt – {b}', 'Tisch für 2 am {date} um {time}. Ändern: {link}'],
  ],
  notice: [
    [
      'Elternbrief: Wandertag am {date}',
      'Liebe Eltern, bitte an festes Schuhwerk denken. Ihre {b}-Grundschule',
    ],
    [
      'Änderung der Müllabfuhr',
      'Ab {date} wird die Biotonne donnerstags geleert. Ihre Gemeinde {b}',
    ],
    [
      'Ablesung der Heizkostenverteiler',
      'Sehr geehrte Mieter, die Ablesung erfolgt am {date}. Hausverwaltung {b}',
    ],
  ],
  'app-notice': [
    [
      'Wir aktualisieren unsere AGB',
      'Ab {date} gelten neue Nutzungsbedingungen für dein {b}-Konto: {link}',
    ],
    ['Dein Speicher ist fast voll', 'Nur noch 200 MB frei. Upgrade: {link}'],
    [
      'Dein Abo verlängert sich am {date}',
      '{b} Premium verlängert sich für {amt}. Verwalten: {link}',
    ],
  ],
  people: [
    ['Re: Samstag?', 'Passt! Ich bring den Kuchen mit. LG {who}'],
    ['Fotos vom Geburtstag', 'Hi {n}, hier die Bilder: {link} – {who}'],
    ['AW: Folien für Donnerstag', 'Danke, sieht gut aus. Folie 4 hab ich ans Ende gestellt. {who}'],
  ],
  receipt: [
    ['Ihre Quittung von {b} Nr. {ref}', 'Bezahlt: {amt} mit Mastercard ****4821 am {date}.'],
    ['Erstattung veranlasst: {amt}', 'Wir haben {amt} für Bestellung {ref} zurückerstattet.'],
    [
      'Ihre Gehaltsabrechnung November',
      'Ihr Gehalt von {amt} wurde überwiesen. Abrechnung: {link}',
    ],
    [
      'Mietzahlung erhalten',
      'Wir haben Ihre Miete über {amt} für Dezember erhalten. Hausverwaltung {b}',
    ],
    [
      'Beitragsanpassung: Ihre Hausratversicherung',
      'Vertrag {ref} verlängert sich am {date} zu {amt} jährlich: {link}',
    ],
  ],
  bank: [
    [
      'Neue Anmeldung in Ihrem Onlinebanking',
      'Neue Anmeldung mit Edge unter Windows am {date}. Nicht Sie? {link}',
    ],
    [
      'Kartenzahlung über {amt} abgelehnt',
      'Eine Zahlung mit Ihrer Karte ****0937 wurde abgelehnt.',
    ],
    [
      'Ankündigung SEPA-Lastschrift',
      'Am {date} buchen die {b} Stadtwerke {amt} ab (Mandat {ref}).',
    ],
    ['Ihr Kontoauszug für November', 'Ihr Kontoauszug der {b} Bank liegt im Postfach bereit.'],
  ],
  order: [
    ['Deine Bestellung {ref} ist unterwegs', 'Sendungsverfolgung: {link}'],
    ['Ihr Paket kommt heute', 'Zustellung von {b}-Paket {ref} zwischen {time} und 18 Uhr.'],
    ['Abholbereit in der Packstation', 'Abholcode {code}, 7 Tage gültig.'],
  ],
  travel: [
    [
      'Online-Check-in für Ihren Flug nach Palma geöffnet',
      'Buchung {ref}: jetzt einchecken: {link}',
    ],
    [
      'Gleisänderung: ICE 578 fährt von Gleis 9',
      'Ihre Fahrt am {date} um {time} fährt von Gleis 9.',
    ],
    ['Deine Tickets für das Konzert', 'Bestellung {ref}: 2 Stehplätze am {date}.'],
  ],
  care: [
    ['Ihr Rezept liegt bereit', 'Ihr E-Rezept kann in der {b}-Apotheke eingelöst werden.'],
    ['Ihre Laborbefunde sind da', 'Befunde vom {date} im Patientenportal: {link}'],
    ['Erinnerung: Grippeimpfung', 'Termin buchen: {link}'],
  ],
}
