// Important mail of the third set, per language: receipts, bank and card alerts, payments,
// ride and food receipts, subscriptions, travel bookings, deliveries, security and 2FA notices,
// tax and government portals. Reconstructions of the usual notices; services are made up or
// generic, senders are the services' own addresses.
import type { Lang } from '../types.ts'
import { IMPORTANT_SOUTH } from './important-south.ts'

export interface ImportantMail {
  from: string
  subject: string
  body: string
}

const m = (from: string, subject: string, body: string): ImportantMail => ({ from, subject, body })

export const IMPORTANT: Record<Lang, readonly ImportantMail[]> = {
  en: [
    m(
      'Northgate Bank <alerts@northgatebank.co.uk>',
      'Card payment of £64.20 at TESCOMBE STORES',
      `Hi {name}, your debit card ending 4471 was used for £64.20 at TESCOMBE STORES today at 14:02. If you don't recognise this payment, call us on the number on the back of your card.`,
    ),
    m(
      'Paywise <service@paywise.com>',
      `You've received £35.00 from Harriet Oduya`,
      `Harriet Oduya sent you £35.00. Note: "concert tickets 🎫". The money is in your Paywise balance. Transaction ID {ticket}.`,
    ),
    m(
      'Zoomride <receipts@zoomride.com>',
      'Your Friday evening trip with Zoomride',
      `Thanks for riding, {name}. Total £18.40 charged to Visa •••• 2290. Pickup 21:14 Kings Cross, drop-off 21:39 Camden Road.`,
    ),
    m(
      'Streamly <info@account.streamly.tv>',
      'Your Streamly receipt',
      `Your monthly Premium plan was renewed. Amount: £10.99. Next billing date: 14 April 2026. Invoice {ticket}.`,
    ),
    m(
      'Skylane Airways <booking@skylane.aero>',
      'Booking confirmed: LHR → LIS, 12 Apr, ref {ticket}',
      `Dear {name}, your flight SL 417 London Heathrow to Lisbon on 12 April is confirmed. Booking reference {ticket}. Check in opens 24 hours before departure.`,
    ),
    m(
      'Parcelpoint <tracking@parcelpoint.co.uk>',
      'Your parcel is out for delivery today',
      `Your parcel {ticket} from Oakhurst Home will arrive between 11:00 and 13:00. If you're out, we'll leave it with a neighbour.`,
    ),
    m(
      'Mailbox Security <security@accounts.mailbox-mail.net>',
      'New sign-in on Windows',
      `We noticed a new sign-in to your account from Windows, Chrome, near Leeds. If this was you, you don't need to do anything. If not, secure your account now.`,
    ),
    m(
      'Cloudvault <no-reply@cloudvault.io>',
      'Two-step verification turned off',
      `Two-step verification was turned off for your Cloudvault account. If you didn't make this change, reset your password and turn it back on.`,
    ),
    m(
      'HM Revenue Online <noreply@tax.service.gov.uk>',
      'Your Self Assessment payment has been received',
      `We have received your payment of £412.00 for Self Assessment. Payment reference {ticket}. You do not need to contact us.`,
    ),
    m(
      'Bristlecone Energy <billing@bristlecone-energy.co.uk>',
      'Your March bill is ready: £88.16',
      `Hi {name}, your March electricity bill is £88.16 and will be collected by Direct Debit on 3 April.`,
    ),
  ],
  de: [
    m(
      'Hanseatische Sparkasse <info@hsk-online.de>',
      'Kartenzahlung über 42,90 EUR',
      `Hallo {name}, mit Ihrer Debitkarte (…8812) wurden heute 42,90 EUR bei DROGERIE KLEMM bezahlt. Waren Sie das nicht? Sperren Sie die Karte unter 116 116.`,
    ),
    m(
      'Zahlfix <service@zahlfix.de>',
      'Sie haben 25,00 € von Jonas Albers erhalten',
      `Jonas Albers hat Ihnen 25,00 € gesendet. Verwendungszweck: „Pizza Freitag". Transaktionscode {ticket}.`,
    ),
    m(
      'Deutsche Fernbahn <buchung@fernbahn.de>',
      'Ihre Buchung: Hamburg Hbf → München Hbf, Auftrag {ticket}',
      `Guten Tag {name}, vielen Dank für Ihre Buchung. Ihr Ticket für den ICE 583 am 14.04. steht im Anhang. Auftragsnummer {ticket}.`,
    ),
    m(
      'Paketblitz <benachrichtigung@paketblitz.de>',
      'Ihr Paket kommt heute',
      `Ihre Sendung {ticket} von Möbelhaus Steinke wird heute zwischen 10:30 und 12:30 Uhr zugestellt.`,
    ),
    m(
      'Mein ELSTER-Portal <noreply@elster-portal.de>',
      'Neue Nachricht in Ihrem Postfach: Steuerbescheid',
      `Sehr geehrte/r {name}, in Ihrem Postfach liegt ein neuer Bescheid zur Einkommensteuer 2025. Bitte melden Sie sich an, um ihn abzurufen.`,
    ),
    m(
      'Kontobox <sicherheit@kontobox.de>',
      'Ihr Passwort wurde geändert',
      `Das Passwort für Ihr Kontobox-Konto wurde soeben geändert. Wenn Sie das nicht waren, kontaktieren Sie sofort unseren Kundenservice.`,
    ),
    m(
      'Lieferheld Express <bestellung@lieferheld-express.de>',
      'Deine Bestellung bei Pizzeria Da Enzo',
      `Danke für deine Bestellung, {name}! Summe 27,40 €, bezahlt mit Zahlfix. Voraussichtliche Lieferung 19:45 Uhr.`,
    ),
  ],
  ...IMPORTANT_SOUTH,
  nl: [
    m(
      'Polderbank <meldingen@polderbank.nl>',
      'Betaling van € 52,10 met je pas',
      `Hoi {name}, er is € 52,10 betaald met je betaalpas eindigend op 6604 bij ALBERT HEIJN. Herken je dit niet? Blokkeer je pas in de app.`,
    ),
    m(
      'Tikkie-achtig Betaalverzoek <noreply@betaalmee.nl>',
      'Je hebt € 12,50 ontvangen van Femke de Wit',
      `Femke de Wit heeft je betaalverzoek "bioscoop" betaald. Bedrag € 12,50. Kenmerk {ticket}.`,
    ),
    m(
      'Spoorreizen <tickets@spoorreizen.nl>',
      'Je e-ticket Amsterdam Centraal → Brussel-Zuid',
      `Beste {name}, je reis op 16 april om 08:17 is bevestigd. Boekingscode {ticket}.`,
    ),
    m(
      'Bezorgbaas <bestellingen@bezorgbaas.nl>',
      'Je bestelling bij Wok Palace komt eraan',
      `Bedankt voor je bestelling, {name}! Totaal € 26,85. Verwachte bezorging 18:55.`,
    ),
    m(
      'MijnOverheid Berichtenbox <noreply@berichtenbox-overheid.nl>',
      'U heeft een nieuw bericht van de Belastingdienst',
      `Er staat een nieuw bericht voor u klaar in uw Berichtenbox over uw aangifte inkomstenbelasting 2025.`,
    ),
    m(
      'Beveiliging Wolkaccount <beveiliging@wolkaccount.nl>',
      'Je wachtwoord is gewijzigd',
      `Het wachtwoord van je account is zojuist gewijzigd. Was jij dit niet? Neem dan direct contact met ons op.`,
    ),
    m(
      'Pakketpost <track@pakketpost.nl>',
      'Je pakket wordt vandaag bezorgd',
      `Je pakket {ticket} wordt vandaag tussen 13:15 en 15:15 bezorgd.`,
    ),
  ],
}
