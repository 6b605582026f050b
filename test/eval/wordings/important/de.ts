// German important mail (reconstructions of the services' usual notices).
import type { ImportantMail } from './types.ts'

export const importantDe: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'Disney+ <disneyplus@mail.disneyplus.com>',
    subject: 'Deine Zahlungsbestätigung',
    body: 'Vielen Dank! Wir haben deine monatliche Zahlung von {amount} erhalten.',
  },
  {
    type: 'ride-receipt',
    from: 'FREENOW <noreply@free-now.com>',
    subject: 'Deine Quittung für die Fahrt am Donnerstag',
    body: 'Danke, dass du mit FREENOW gefahren bist. Gesamtbetrag {amount}, bezahlt mit Visa •• 4421.',
  },
  {
    type: 'card-alert',
    from: 'N26 <no-reply@n26.com>',
    subject: 'Kartenzahlung über {amount}',
    body: 'Mit deiner Mastercard wurde soeben {amount} bei {merchant} bezahlt. Warst du das nicht? Sperre deine Karte in der App.',
  },
  {
    type: 'payment-sent',
    from: 'PayPal <service@paypal.de>',
    subject: 'Sie haben eine Zahlung über {amount} an {merchant} gesendet',
    body: 'Sie haben {amount} an {merchant} gesendet. Transaktionscode 3HV20857M1142263F.',
  },
  {
    type: 'payment-received',
    from: 'Sparkasse <noreply@sparkasse.de>',
    subject: 'Zahlungseingang auf Ihrem Girokonto',
    body: 'Auf Ihrem Konto DE12 •••• 4410 ist ein Zahlungseingang von {amount} gebucht worden.',
  },
  {
    type: 'security-alert',
    from: 'GMX <service@gmx.net>',
    subject: 'Neue Anmeldung bei Ihrem GMX Postfach',
    body: 'Wir haben eine neue Anmeldung auf {device} festgestellt. Wenn Sie das nicht waren, ändern Sie bitte umgehend Ihr Passwort.',
  },
  {
    type: 'two-factor',
    from: 'Deutsche Bank <noreply@db.com>',
    subject: 'Ihr photoTAN-Gerät wurde geändert',
    body: 'Für Ihren Zugang wurde ein neues Gerät für das photoTAN-Verfahren aktiviert. Falls Sie das nicht waren, rufen Sie uns sofort an.',
  },
  {
    type: 'order',
    from: 'Zalando <info@service-mail.zalando.de>',
    subject: 'Danke für deine Bestellung {order}',
    body: 'Wir haben deine Bestellung erhalten. Bestellsumme {amount}. Voraussichtliche Lieferung: Montag.',
  },
  {
    type: 'delivery',
    from: 'DHL Paket <noreply@dhl.de>',
    subject: 'Ihr DHL Paket kommt heute',
    body: 'Ihre Sendung 00340434161234567890 wird heute zwischen 11:00 und 14:00 Uhr zugestellt.',
  },
]
