// Important notices in English and German (reconstructions of the usual notices of real kinds of
// service, from made-up senders).
import type { ImportantNotice } from './types.ts'

export const EN: readonly ImportantNotice[] = [
  [
    'receipt',
    'Larkspur Market <receipts@larkspurmarket.example>',
    'Your receipt from Larkspur Market',
    'Thanks for shopping with us. Total paid: £{amount}. Receipt no. {ref}. Paid with Visa ending 4821.',
  ],
  [
    'payment-sent',
    'Tallyfold Bank <alerts@tallyfold-bank.example>',
    'You sent £{amount} to R. Okafor',
    'Your payment of £{amount} to R. Okafor (ref {ref}) has left your current account.',
  ],
  [
    'payment-received',
    'Payquill <service@payquill.example>',
    "You've received £{amount}",
    'Dan Whitlow sent you £{amount}. The money is in your Payquill balance. Transaction ID {ref}.',
  ],
  [
    'card-alert',
    'Tallyfold Bank <alerts@tallyfold-bank.example>',
    'Card transaction: £{amount} at CORNERWAY FUEL',
    'Your debit card ending 4821 was used for £{amount}. Not you? Freeze your card in the app.',
  ],
  [
    'security-alert',
    'Nimbusbox Accounts <security@nimbusbox.example>',
    'New sign-in to your Nimbusbox account',
    'We noticed a new sign-in from Firefox on Windows near Leeds. If this was you, there is nothing to do. Code {code}.',
  ],
  [
    'two-factor',
    'Nimbusbox Accounts <security@nimbusbox.example>',
    'Two-step verification was turned off',
    "Two-step verification was turned off for your account. If you didn't do this, secure your account now.",
  ],
  [
    'order',
    'Brightwick Home <orders@brightwick.example>',
    'Order {ref} confirmed',
    "Thank you for your order {ref}. Total £{amount}. We'll email you when it ships.",
  ],
  [
    'delivery',
    'Parcelrun <tracking@parcelrun.example>',
    'Your parcel arrives today between 10:15 and 11:15',
    'Parcel {ref} from Brightwick Home is out for delivery with driver Sam.',
  ],
]

export const DE: readonly ImportantNotice[] = [
  [
    'receipt',
    'Kaufhof Lindner <belege@kaufhof-lindner.example>',
    'Ihr Kassenbon vom Einkauf',
    'Vielen Dank für Ihren Einkauf. Bezahlt: {amount} €. Beleg-Nr. {ref}, girocard.',
  ],
  [
    'payment-sent',
    'Sparkasse Auental <info@spk-auental.example>',
    'Überweisung über {amount} € ausgeführt',
    'Ihre Überweisung an M. Brenner über {amount} € (Ref. {ref}) wurde ausgeführt.',
  ],
  [
    'payment-received',
    'Zahlfix <service@zahlfix.example>',
    'Sie haben {amount} € erhalten',
    'Petra Holm hat Ihnen {amount} € gesendet. Transaktionscode {ref}.',
  ],
  [
    'card-alert',
    'Sparkasse Auental <info@spk-auental.example>',
    'Kartenzahlung über {amount} €',
    'Mit Ihrer Karte ***7714 wurden soeben {amount} € bezahlt. Nicht Sie? Karte sperren: 116 116.',
  ],
  [
    'security-alert',
    'Wolkenfach <sicherheit@wolkenfach.example>',
    'Neue Anmeldung bei Ihrem Konto',
    'Neue Anmeldung mit Chrome unter macOS in der Nähe von Kassel. Waren Sie das nicht, ändern Sie Ihr Passwort.',
  ],
  [
    'two-factor',
    'Wolkenfach <sicherheit@wolkenfach.example>',
    'Zwei-Faktor-Authentifizierung aktiviert',
    'Für Ihr Konto wurde die Zwei-Faktor-Authentifizierung eingeschaltet.',
  ],
  [
    'order',
    'Hausrat Heller <bestellung@hausrat-heller.example>',
    'Bestellbestätigung {ref}',
    'Danke für Ihre Bestellung {ref}. Gesamtbetrag {amount} €.',
  ],
  [
    'delivery',
    'Paketblitz <sendung@paketblitz.example>',
    'Ihr Paket kommt heute',
    'Sendung {ref} wird heute zwischen 13 und 15 Uhr zugestellt.',
  ],
]
