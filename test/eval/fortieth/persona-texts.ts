// The personas' regular mail, one [subject, body] per stream and language, written for this
// set. Slots: {brand} {who} {name} {amount} {ref} {date} {link} {code} {reply}.

export const STREAMS = [
  'payment',
  'project',
  'esign',
  'shop',
  'bank',
  'family',
  'store',
  'launcher',
  'friend',
  'community',
  'booking',
  'tenant',
  'utility',
  'repair',
] as const
export type Stream = (typeof STREAMS)[number]
export type Pair = readonly [string, string]

export const T = (...pairs: Pair[]): Record<Stream, Pair> =>
  Object.fromEntries(STREAMS.map((s, i) => [s, pairs[i]!])) as Record<Stream, Pair>

export const STREAM_TEXT_A: Record<'en' | 'de', Record<Stream, Pair>> = {
  en: T(
    [
      'Payment received: invoice {ref} ({amount})',
      '{who} paid invoice {ref} for {amount}. The money will reach your account in 1-2 days. View in {brand}: {link}',
    ],
    [
      '{who} commented on “Homepage redesign”',
      '{who}: “Uploaded the new mock-ups, can you check the header?” Reply in {brand}: {link}',
    ],
    [
      '{who} signed “Service agreement {ref}”',
      'All parties have signed. Download the completed document from {brand}: {link}',
    ],
    [
      '{brand}: this week’s offers for you',
      'Hello {name}, our picks this week, plus {amount} off your next order over €50. {link}',
    ],
    [
      'Your monthly statement is available',
      'Dear {name}, your {brand} statement for account ending {code} is ready in online banking.',
    ],
    [
      '{reply} Sunday lunch',
      'Hi Grandpa/Grandma, we’ll be there at 12:30 with the kids. Love, {who}',
    ],
    [
      'Thank you for your purchase – order {ref}',
      '{brand} Store: you bought 1 item for {amount}. It has been added to your library.',
    ],
    [
      'Your {brand} login code: {code}',
      'Enter {code} in the launcher to sign in. If you didn’t try to sign in, change your password.',
    ],
    [
      '{who} sent you a friend request',
      '{who} wants to be friends on {brand}. Accept or ignore: {link}',
    ],
    [
      'New messages in #raid-night',
      '{who} and 4 others posted in {brand} Community. Jump in: {link}',
    ],
    [
      'New reservation: {date}, 3 nights',
      '{who} booked your flat for 3 nights from {date}. Payout: {amount}. Details on {brand}: {link}',
    ],
    [
      '{reply} Heating in flat 2',
      'Hello, the radiator in the bedroom is still cold since yesterday. Can someone come by? {who}',
    ],
    [
      'Your electricity bill: {amount}',
      '{brand}: your bill {ref} for {amount} is available and will be debited on {date}.',
    ],
    [
      'Quote {ref}: bathroom tap repair',
      'Hello {name}, please find our quote {ref} for {amount} incl. VAT. We can come on {date}. {who}, {brand}',
    ],
  ),
  de: T(
    [
      'Zahlung erhalten: Rechnung {ref} ({amount})',
      '{who} hat Rechnung {ref} über {amount} bezahlt. Ansehen in {brand}: {link}',
    ],
    [
      '{who} hat „Website-Relaunch“ kommentiert',
      '{who}: „Neue Entwürfe hochgeladen, schaust du dir den Header an?“ Antworten in {brand}: {link}',
    ],
    [
      '{who} hat „Dienstleistungsvertrag {ref}“ unterschrieben',
      'Alle Parteien haben unterschrieben. Dokument herunterladen in {brand}: {link}',
    ],
    [
      '{brand}: Ihre Angebote der Woche',
      'Guten Tag {name}, unsere Auswahl dieser Woche und {amount} Rabatt ab 50 € Einkaufswert. {link}',
    ],
    [
      'Ihr Kontoauszug ist verfügbar',
      'Sehr geehrte/r {name}, Ihr Kontoauszug bei {brand} für das Konto mit Endziffern {code} liegt im Online-Banking bereit.',
    ],
    [
      '{reply} Mittagessen am Sonntag',
      'Hallo Opa/Oma, wir kommen um 12:30 mit den Kindern. Liebe Grüße, {who}',
    ],
    [
      'Danke für deinen Kauf – Bestellung {ref}',
      '{brand} Store: Du hast 1 Artikel für {amount} gekauft. Er ist jetzt in deiner Bibliothek.',
    ],
    [
      'Dein {brand}-Anmeldecode: {code}',
      'Gib {code} im Launcher ein. Warst du das nicht? Ändere dein Passwort.',
    ],
    [
      '{who} hat dir eine Freundschaftsanfrage gesendet',
      '{who} möchte auf {brand} mit dir befreundet sein. Annehmen oder ignorieren: {link}',
    ],
    [
      'Neue Nachrichten in #raid-abend',
      '{who} und 4 weitere haben in der {brand} Community geschrieben: {link}',
    ],
    [
      'Neue Buchung: {date}, 3 Nächte',
      '{who} hat deine Wohnung ab {date} für 3 Nächte gebucht. Auszahlung: {amount}. Details auf {brand}: {link}',
    ],
    [
      '{reply} Heizung Wohnung 2',
      'Hallo, der Heizkörper im Schlafzimmer ist seit gestern kalt. Kann jemand vorbeikommen? {who}',
    ],
    [
      'Ihre Stromrechnung: {amount}',
      '{brand}: Ihre Rechnung {ref} über {amount} ist verfügbar und wird am {date} abgebucht.',
    ],
    [
      'Angebot {ref}: Reparatur Wasserhahn Bad',
      'Guten Tag {name}, anbei unser Angebot {ref} über {amount} inkl. MwSt. Termin möglich am {date}. {who}, {brand}',
    ],
  ),
}
