// German look-alike texts (written for this set).
import type { LookLang } from './types.ts'

export const DE: LookLang = {
  texts: {
    newsletter: [
      [
        'Nur noch heute: 25 % auf alles',
        'Hallo {first}, der Herbstsale endet um Mitternacht: {link}\n\nDu erhältst diese Mail, weil du dich 2020 angemeldet hast. Abmelden | Einstellungen: {link}',
      ],
      [
        '{brand} Wochenpost Nr. {n}',
        'Diese Woche: Brotbacken, eine Radtour an der Elbe und ein langes Stück über Leuchttürme.\n\nNewsletter abbestellen',
      ],
      [
        'Neu eingetroffen – für dich ausgewählt',
        'Kostenloser Rückversand innerhalb von 30 Tagen. Kein Interesse mehr? Hier abmelden: {link}',
      ],
    ],
    social: [
      [
        '{other} folgt dir jetzt',
        '{other} folgt dir jetzt auf {brand}. Profil ansehen: {link}\nBenachrichtigungen in den Einstellungen ändern.',
      ],
      [
        '{other} hat dich in einem Kommentar erwähnt',
        '„@{first} schau dir das an“ – antworten: {link}',
      ],
      [
        'Einladung: Spieleabend',
        '{other} hat dich zu einer Veranstaltung am {date} um {time} eingeladen. Zusagen: {link}',
      ],
    ],
    'auto-reply': [
      [
        'Automatische Antwort: {subj}',
        'Vielen Dank für Ihre Nachricht. Ich bin bis zum {date} nicht im Büro und lese keine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.',
      ],
      [
        'Abwesenheitsnotiz: {subj}',
        'Hallo, ich bin in Elternzeit und ab dem {date} wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.',
      ],
      ['Abwesend: {subj}', 'Ich bin diese Woche unterwegs und antworte nach meiner Rückkehr.'],
    ],
    codes: [
      [
        '{code} ist dein Anmeldecode für {brand}',
        'Gib {code} ein, um dich bei {brand} anzumelden. Der Code gilt 10 Minuten.\nAngefordert über Chrome auf Windows in der Nähe von Köln.',
      ],
      [
        'Passwort für {brand} zurücksetzen',
        'Du hast ein neues Passwort angefordert. Der Link gilt eine Stunde: {link}\nAnfrage von einem iPhone. Warst du das nicht, bleibt dein Passwort unverändert.',
      ],
      [
        'Dein Anmeldelink',
        'Hier ist der Link, den du angefordert hast. Er gilt 15 Minuten und nur einmal:\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'AW: {subj} [Ticket #{ticket}]',
        'Hallo {first},\n\ndanke für Ihre Geduld. Die Gutschrift ist veranlasst und in 3–5 Tagen sichtbar.\n\nViele Grüße\nSabine, {brand} Kundenservice',
      ],
      [
        '[{brand}] Neuigkeiten zu Anfrage #{ticket}',
        'Hallo {first}, das Ersatzteil ist unterwegs. Antworten Sie einfach auf diese Mail, falls noch etwas ist. Anfrage #{ticket}: {subj}',
      ],
      [
        'Ihr Fall {ticket} wurde gelöst',
        'Wir haben Ihren Fall „{subj}“ als gelöst markiert. Besteht das Problem weiter, antworten Sie einfach.',
      ],
    ],
    shared: [
      [
        '{other} hat „Haushalt {n}.xlsx“ für dich freigegeben',
        '{other} hat dich zum Bearbeiten eingeladen. Öffnen: {link}',
      ],
      [
        'Einladung: Teamrunde am {date} um {time}',
        '{other} hat dich eingeladen. Videokonferenz: {link}\nJa / Vielleicht / Nein',
      ],
      [
        'Aktualisierte Einladung: Planung auf {time} verschoben',
        'Dieser Termin wurde geändert. Neu: {date}, {time}. Organisator: {other}',
      ],
    ],
    booking: [
      [
        'Terminerinnerung für den {date}',
        'Guten Tag {first}, wir erinnern an Ihren Termin in der Praxis {brand} am {date} um {time}. Absagen bitte bis 24 Stunden vorher.',
      ],
      [
        'Ihr Tisch für morgen',
        'Wir freuen uns auf Sie morgen um {time}! {brand}, {place}. Stornieren: {link}',
      ],
      [
        'Werkstatttermin bestätigt',
        'Inspektion bei {brand} am {date}, Abgabe um {time}. Bitte Serviceheft mitbringen.',
      ],
    ],
    notice: [
      [
        'Elternabend am {date}',
        'Liebe Eltern, der Elternabend findet am {date} um {time} in der Aula statt.',
      ],
      [
        'Wasserabstellung am {date}',
        'Sehr geehrte Mieter, wegen Wartungsarbeiten wird am {date} von 9 bis 13 Uhr das Wasser abgestellt. Ihre {brand} Hausverwaltung',
      ],
      [
        'Jahreshauptversammlung und Mitgliedsbeitrag',
        'Hallo zusammen, die JHV ist am {date} um {time} im Vereinsheim. Der Beitrag ist bis Monatsende fällig.',
      ],
    ],
    app: [
      [
        'Wir aktualisieren unsere Nutzungsbedingungen',
        'Ab dem {date} gelten neue Bedingungen. Zusammenfassung: {link}',
      ],
      [
        'Dein Speicher ist zu 95 % voll',
        'Du nutzt 14,3 GB von 15 GB bei {brand}. Platz schaffen oder upgraden: {link}',
      ],
      [
        'Dein Abo verlängert sich am {date}',
        'Dein {brand} Plus-Abo verlängert sich automatisch am {date}. Verwalten: {link}',
      ],
    ],
    people: [
      ['AW: Samstag?', 'Klingt gut! Ich bring den Salat mit. Sagen wir {time}?\n\n{other}'],
      [
        'Fotos vom Wochenende',
        'Hi {first}, hier die Bilder, das mit dem Hund ist mein Liebling 😄 LG {other}',
      ],
      [
        'AW: Entwurf für Montag',
        'Hab reingeschaut, zwei Kleinigkeiten im Text. Sonst passt es. Danke! {other}',
      ],
    ],
    receipt: [
      [
        'Ihr Beleg von {brand} Nr. {n}',
        'Bezahlt: {amount}\nKarte endet auf 4417\nDanke für Ihren Einkauf.',
      ],
      [
        'Du hast {amount} an {other} gesendet',
        'Deine Zahlung über {amount} an {other} ist abgeschlossen. Transaktions-ID {n}.',
      ],
      [
        'Zahlungseingang – Rechnung {n}',
        'Wir haben Ihre Zahlung über {amount} erhalten. Rechnung {n} ist beglichen.',
      ],
    ],
    bank: [
      [
        'Kartenzahlung über {amount} bei {brand}',
        'Mit Ihrer Karte endend auf 4417 wurden am {date} {amount} bezahlt. Nicht Sie? Karte in der App sperren.',
      ],
      [
        'Neue Anmeldung bei Ihrem Konto',
        'Neue Anmeldung von einem Pixel in Hamburg am {date} um {time}. Waren Sie das, ist nichts zu tun.',
      ],
      [
        'Ihr Passwort wurde geändert',
        'Das Passwort Ihres {brand}-Kontos wurde am {date} geändert. Waren Sie das nicht, kontaktieren Sie uns sofort.',
      ],
    ],
    order: [
      [
        'Deine Bestellung {n} ist unterwegs',
        'Gute Nachrichten, {first}! Sendungsverfolgung: {link}',
      ],
      [
        'Zugestellt: dein Paket',
        'Dein Paket wurde um {time} an deinem Ablageort zugestellt. Bestellung {n}.',
      ],
      [
        'Abholbereit in {place}',
        'Deine Bestellung {n} liegt in {place}. Abholcode: {code}. Geöffnet bis 20 Uhr.',
      ],
    ],
    travel: [
      [
        'Online-Check-in ist jetzt geöffnet',
        'Hallo {first}, checken Sie für Ihren Flug am {date} ein. Buchungscode {code}.',
      ],
      ['Ihre Bordkarte', 'Das Gate schließt 20 Minuten vor Abflug. Sitz 14C. Buchung {code}.'],
      [
        'Gate-Änderung: jetzt B{n}',
        'Ihr Flug am {date} startet jetzt von Gate B{n}. Boarding ab {time}.',
      ],
    ],
  },
  sent: [
    'Frage zur letzten Rechnung',
    'Scharnier am Schrank kaputt',
    'Adressänderung',
    'Termin nächste Woche',
  ],
  signup: [
    [
      'Bestätige dein {brand}-Konto',
      'Willkommen, {first}! Bestätige deine E-Mail, um die Einrichtung abzuschließen: {link}\nDu hast dich gerade über Chrome registriert.',
    ],
    [
      'E-Mail bestätigen und loslegen',
      'Danke für deine Anmeldung bei {brand}. Tippe zum Bestätigen: {link}',
    ],
  ],
  optin: [
    [
      'Bitte bestätige deine Newsletter-Anmeldung',
      'Du möchtest den {brand}-Newsletter erhalten. Bestätigen: {link}',
    ],
    [
      'Ein Klick zur Anmeldung',
      'Hallo {first}, bitte bestätigen, damit wir dir die Wochenübersicht schicken: {link}',
    ],
  ],
  topics: ['Zahlen Q4', 'das Teamevent', 'Übergabe'],
  sentLine: ['Danke, passt so.', 'Klar, übernehme ich.', 'Schaue ich mir an und melde mich.'],
}
