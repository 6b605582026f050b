// Wichtige Mails auf Deutsch von erfundenen Absendern: Kartenzahlungen, Überweisungen,
// Sicherheitshinweise, Bestellungen, Zustellung, Reisen, Steuer, Rechnungen, Versicherung,
// Arzttermin. Für das fünfte Set geschrieben; Formulierungen bewusst unterschiedlich.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_DE: readonly ImportantMail[] = [
  (rng) => ({
    from: 'Weserland Sparkasse <service@weserland-sparkasse.de>',
    subject: 'Kartenzahlung über ' + amount(rng, 9, 420, 'comma') + ' EUR',
    body: `Mit Ihrer Debitkarte (endet auf ${lastDigits(rng)}) wurde um ${clock(rng)} Uhr bei ${rng.pick(['REWE MARKT', 'DB VERTRIEB', 'ROSSMANN 2231', 'ARAL TANKSTELLE'])} bezahlt.\n\nSie erkennen die Zahlung nicht? Sperren Sie die Karte in der App oder unter dem Sperr-Notruf.`,
  }),
  (rng, p) => ({
    from: 'Kontora <benachrichtigung@kontora.de>',
    subject: 'Geld ist eingegangen',
    body: `Hallo ${p.first}, ${rng.pick(['Lea Brandt', 'Tobias Reuter', 'Merve Aydın'])} hat dir ${amount(rng, 8, 300, 'comma')} € geschickt. Verwendungszweck: „${rng.pick(['Tankrechnung', 'Geschenk Oma', 'WG-Strom'])}“.`,
  }),
  (rng) => ({
    from: 'Weserland Sparkasse <service@weserland-sparkasse.de>',
    subject: 'Ihre Überweisung wurde ausgeführt',
    body: `Überweisung an ${rng.pick(['Hausverwaltung Krüger', 'Stadtwerke Minden', 'K. Omerović'])}, Betrag ${amount(rng, 90, 1400, 'comma')} EUR, IBAN endet auf ${rng.int(1000, 9999)}. Auftragsnummer ${ref(rng, '9999-AA-9999')}.`,
  }),
  (rng) => ({
    from: 'Quellnetz Konto <sicherheit@quellnetz.de>',
    subject: 'Neue Anmeldung auf einem Gerät',
    body: `Auf Ihr Quellnetz-Konto wurde um ${clock(rng)} Uhr von ${rng.pick(['Edge unter Windows', 'einem iPad', 'Chrome unter Android'])} in der Nähe von ${rng.pick(['Hannover', 'Köln', 'Leipzig'])} zugegriffen. Waren Sie das nicht, ändern Sie sofort Ihr Passwort.`,
  }),
  () => ({
    from: 'Belegfix <konto@belegfix.de>',
    subject: 'Passwort geändert',
    body: 'Das Passwort deines Belegfix-Kontos wurde soeben geändert. Wenn du das selbst warst, ist alles in Ordnung. Falls nicht, setze dein Passwort sofort zurück und kontaktiere unseren Support.',
  }),
  () => ({
    from: 'Quellnetz Konto <sicherheit@quellnetz.de>',
    subject: 'Zwei-Faktor-Authentifizierung: neues Gerät hinzugefügt',
    body: 'Für die Zwei-Faktor-Anmeldung wurde ein neues Gerät („Pixel 9“) registriert. Haben Sie das nicht veranlasst, entfernen Sie das Gerät in den Sicherheitseinstellungen und ändern Sie Ihr Passwort.',
  }),
  (rng) => ({
    from: 'Hofmann & Töchter Versand <bestellung@hofmann-toechter.de>',
    subject: `Bestellbestätigung ${ref(rng, '99999999')}`,
    body: `Vielen Dank für Ihre Bestellung!\n\n${rng.pick(['Kaffeevollautomat Lumo 3', 'Wanderschuhe Gr. 41', 'Akku-Bohrschrauber 18 V'])}\nGesamtbetrag: ${amount(rng, 30, 640, 'comma')} € (bezahlt per PayPal)\n\nVoraussichtliche Lieferung: 2–3 Werktage.`,
  }),
  (rng) => ({
    from: 'Paketblitz <info@paketblitz.de>',
    subject: 'Ihr Paket kommt heute',
    body: `Sendungsnummer ${ref(rng, '99999999999999')}: Zustellung heute zwischen ${rng.pick(['9 und 12', '12 und 15', '15 und 18'])} Uhr. Nicht zu Hause? Wunschnachbar oder Ablageort in der App festlegen.`,
  }),
  (rng) => ({
    from: 'Schienenstern Reisen <buchung@schienenstern.de>',
    subject: 'Ihre Fahrkarte: Bielefeld Hbf → Berlin Hbf',
    body: `Auftragsnummer ${ref(rng, 'AAA999')}. Hinfahrt ${rng.pick(['Fr., 13.11.', 'So., 15.11.', 'Mi., 18.11.'])} ab ${clock(rng)}, Wagen ${rng.int(3, 14)}, Platz ${rng.int(11, 98)}. Preis ${amount(rng, 29, 149, 'comma')} €. Das Ticket liegt als PDF bei.`,
  }),
  (rng) => ({
    from: 'Finanzportal <noreply@finanzportal.steuer.example>',
    subject: 'Neue Nachricht in Ihrem Postfach: Steuerbescheid',
    body: `In Ihrem Postfach liegt ein neuer Bescheid zur Einkommensteuer 2025 (Steuernummer endet auf ${rng.int(100, 999)}). Bitte melden Sie sich mit Ihrem Zertifikat an, um ihn abzurufen.`,
  }),
  (rng) => ({
    from: 'Stadtwerke Ravensfeld <kundenservice@stadtwerke-ravensfeld.de>',
    subject: 'Ihre Jahresabrechnung Strom',
    body: `Ihre Jahresabrechnung liegt vor. Nachzahlung: ${amount(rng, 40, 390, 'comma')} €, fällig zum 30.11. Neuer Abschlag ab Dezember: ${rng.int(55, 140)},00 €. Vertragskonto ${ref(rng, '9999999999')}.`,
  }),
  (rng) => ({
    from: 'Lindwurm Versicherung <post@lindwurm-versicherung.de>',
    subject: `Beitragsanpassung Hausratversicherung, Vertrag ${ref(rng, 'HR-999999')}`,
    body: `Ab 01.01.2027 beträgt Ihr Jahresbeitrag ${amount(rng, 90, 320, 'comma')} €. Details finden Sie im Kundenportal. Sie haben ein Sonderkündigungsrecht bis zum 31.12.`,
  }),
  (rng, p) => ({
    from: 'Praxis Dr. Hagedorn <termine@praxis-hagedorn.de>',
    subject: 'Terminbestätigung',
    body: `Sehr geehrte Frau ${p.last}, Ihr Termin am ${rng.pick(['Dienstag, 17.11.', 'Donnerstag, 19.11.', 'Montag, 23.11.'])} um ${clock(rng)} Uhr ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte mindestens 24 Stunden vorher.`,
  }),
]
