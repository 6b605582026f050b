// Important notices in English, German and Dutch, written for this set.
import type { ImportantKind, ImportantText } from './types.ts'

type Texts = Record<ImportantKind, ImportantText>

export const EN: Texts = {
  receipt: {
    subject: 'Your receipt from Plenvo Store #{ref}',
    body: 'Thanks for your purchase. Amount paid: {amount}, card ending {card}, on {date}. Keep this receipt for your records.',
  },
  'payment-sent': {
    subject: "You've sent {amount} to Lena Hartwig",
    body: "Payment sent. Transaction ID {ref}. It may take a few minutes to appear in the recipient's account.",
  },
  'payment-received': {
    subject: "You've got money: {amount} from Paul Ostrander",
    body: 'Paul Ostrander sent you {amount}. Transaction ID {ref}. The money is in your balance.',
  },
  'card-alert': {
    subject: 'Card alert: {amount} at {shop}',
    body: 'A purchase of {amount} was made with your card ending {card} at {shop} on {date}. Not you? Call the number on the back of your card.',
  },
  'security-alert': {
    subject: 'Security alert: new sign-in on {device}',
    body: 'Your Vossly account was just signed in to from {device}. If this was you, no action is needed. If not, secure your account now.',
  },
  'password-changed': {
    subject: 'Your password was changed',
    body: 'The password for your Vossly account was changed on {date}. If you did not do this, reset it right away and review your recent activity.',
  },
  '2fa-change': {
    subject: 'Two-step verification turned off',
    body: 'Two-step verification was turned off for your Cloudmere account on {date} from {device}. If this was not you, turn it back on and change your password.',
  },
  order: {
    subject: 'Order confirmation #{ref}',
    body: 'Thank you for your order #{ref} with Harbeck Home. Total {amount}. We will email you when it ships.',
  },
  delivery: {
    subject: 'Your parcel {ref} is out for delivery',
    body: 'Good news: parcel {ref} is on the van today between 10:00 and 14:00. Track it online.',
  },
}

export const DE: Texts = {
  receipt: {
    subject: 'Ihr Beleg von Plenvo Store #{ref}',
    body: 'Danke für Ihren Einkauf. Bezahlt: {amount}, Karte endet auf {card}, am {date}. Bitte bewahren Sie diesen Beleg auf.',
  },
  'payment-sent': {
    subject: 'Sie haben {amount} an Lena Hartwig gesendet',
    body: 'Zahlung gesendet. Transaktionscode {ref}. Es kann einige Minuten dauern, bis der Betrag beim Empfänger erscheint.',
  },
  'payment-received': {
    subject: 'Sie haben {amount} von Paul Ostrander erhalten',
    body: 'Paul Ostrander hat Ihnen {amount} gesendet. Transaktionscode {ref}. Das Geld ist in Ihrem Guthaben.',
  },
  'card-alert': {
    subject: 'Kartenumsatz: {amount} bei {shop}',
    body: 'Mit Ihrer Karte mit Endziffern {card} wurden am {date} {amount} bei {shop} bezahlt. Waren Sie das nicht? Rufen Sie die Nummer auf der Kartenrückseite an.',
  },
  'security-alert': {
    subject: 'Sicherheitswarnung: neue Anmeldung auf {device}',
    body: 'Ihr Vossly-Konto wurde soeben auf {device} angemeldet. Wenn Sie das waren, ist nichts zu tun. Andernfalls sichern Sie Ihr Konto jetzt.',
  },
  'password-changed': {
    subject: 'Ihr Passwort wurde geändert',
    body: 'Das Passwort Ihres Vossly-Kontos wurde am {date} geändert. Falls Sie das nicht waren, setzen Sie es sofort zurück.',
  },
  '2fa-change': {
    subject: 'Zwei-Faktor-Authentifizierung deaktiviert',
    body: 'Die Zwei-Faktor-Authentifizierung Ihres Cloudmere-Kontos wurde am {date} von {device} aus deaktiviert. Waren Sie das nicht, aktivieren Sie sie wieder und ändern Sie Ihr Passwort.',
  },
  order: {
    subject: 'Bestellbestätigung Nr. {ref}',
    body: 'Vielen Dank für Ihre Bestellung Nr. {ref} bei Harbeck Home. Gesamtbetrag {amount}. Wir melden uns, sobald sie versandt ist.',
  },
  delivery: {
    subject: 'Ihr Paket {ref} wird heute zugestellt',
    body: 'Ihr Paket {ref} ist heute zwischen 10:00 und 14:00 Uhr in der Zustellung. Sendungsverfolgung online.',
  },
}

export const NL: Texts = {
  receipt: {
    subject: 'Je bon van Plenvo Store #{ref}',
    body: 'Bedankt voor je aankoop. Betaald: {amount}, kaart eindigend op {card}, op {date}. Bewaar deze bon voor je administratie.',
  },
  'payment-sent': {
    subject: 'Je hebt {amount} naar Lena Hartwig gestuurd',
    body: 'Betaling verzonden. Transactie-ID {ref}. Het kan enkele minuten duren voordat het bedrag bij de ontvanger staat.',
  },
  'payment-received': {
    subject: 'Je hebt {amount} ontvangen van Paul Ostrander',
    body: 'Paul Ostrander heeft je {amount} gestuurd. Transactie-ID {ref}. Het geld staat op je saldo.',
  },
  'card-alert': {
    subject: 'Kaartmelding: {amount} bij {shop}',
    body: 'Met je kaart eindigend op {card} is op {date} {amount} betaald bij {shop}. Was jij dit niet? Bel het nummer op de achterkant van je kaart.',
  },
  'security-alert': {
    subject: 'Beveiligingsmelding: nieuwe aanmelding op {device}',
    body: 'Er is zojuist aangemeld op je Vossly-account vanaf {device}. Was jij dit, dan hoef je niets te doen. Zo niet, beveilig je account nu.',
  },
  'password-changed': {
    subject: 'Je wachtwoord is gewijzigd',
    body: 'Het wachtwoord van je Vossly-account is op {date} gewijzigd. Heb jij dit niet gedaan? Stel het direct opnieuw in.',
  },
  '2fa-change': {
    subject: 'Tweestapsverificatie uitgeschakeld',
    body: 'Tweestapsverificatie is op {date} uitgeschakeld voor je Cloudmere-account vanaf {device}. Was jij dit niet? Zet het weer aan en wijzig je wachtwoord.',
  },
  order: {
    subject: 'Orderbevestiging #{ref}',
    body: 'Bedankt voor je bestelling #{ref} bij Harbeck Home. Totaal {amount}. We mailen je zodra hij verzonden is.',
  },
  delivery: {
    subject: 'Je pakket {ref} wordt vandaag bezorgd',
    body: 'Je pakket {ref} wordt vandaag tussen 10:00 en 14:00 bezorgd. Volg het online.',
  },
}
