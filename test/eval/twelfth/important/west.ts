// Important notices in en, de and fr from made-up services (bank, payments, shop, carrier),
// written for this set in the usual shape of such notices.
import type { Lang } from '../../types.ts'
import type { ImportantText } from './text.ts'

export const WEST: Record<Extract<Lang, 'en' | 'de' | 'fr'>, readonly ImportantText[]> = {
  en: [
    {
      kind: 'receipt',
      from: 'Brindle Cloud Billing <billing@brindlecloud.example>',
      subject: (n) => `Your receipt from Brindle Cloud #${n.ref}`,
      body: (n) =>
        `Amount paid: $${n.amount}\nPayment method: Visa ending in ${n.last4}\nReceipt number: ${n.ref}\nQuestions? Visit your billing settings.`,
    },
    {
      kind: 'payment-sent',
      from: 'Paylio <service@paylio.example>',
      subject: (n) => `You sent $${n.amount} USD to Harbour Lane Lettings`,
      body: (n) =>
        `You sent a payment of $${n.amount} USD. Transaction ID: ${n.ref}. It may take a few minutes for this to appear in your account.`,
    },
    {
      kind: 'card',
      from: 'Northmere Bank Alerts <alerts@northmerebank.example>',
      subject: () => 'Card transaction alert',
      body: (n) =>
        `A transaction of $${n.amount} was made with your card ending ${n.last4} at ONLINE MERCHANT. If you don't recognise it, call the number on the back of your card.`,
    },
    {
      kind: 'security',
      from: 'Northmere Bank <security@northmerebank.example>',
      subject: () => 'New sign-in to your online banking',
      body: () =>
        'We noticed a new sign-in to your online banking from Chrome on Windows. If this was you, no action is needed. If not, lock your account now.',
    },
    {
      kind: '2fa',
      from: 'Brindle Cloud <security@brindlecloud.example>',
      subject: () => 'Two-factor authentication was turned off',
      body: () =>
        'Two-factor authentication was just disabled on your account. If you did not do this, reset your password and turn it back on immediately.',
    },
    {
      kind: 'order',
      from: 'Cobble & Crate <orders@cobblecrate.example>',
      subject: (n) => `Order confirmation #${n.ref}`,
      body: (n) =>
        `Thanks for your order! Order #${n.ref}, total $${n.amount}. We'll email you when it ships.`,
    },
    {
      kind: 'delivery',
      from: 'Swiftlane Parcel <tracking@swiftlane.example>',
      subject: (n) => `Your parcel ${n.ref} will be delivered today`,
      body: () => 'Your parcel is out for delivery and will arrive between 10:00 and 14:00.',
    },
  ],
  de: [
    {
      kind: 'receipt',
      from: 'Kontorwerk Rechnungen <rechnung@kontorwerk.example>',
      subject: (n) => `Ihre Rechnung ${n.ref}`,
      body: (n) =>
        `Vielen Dank für Ihre Zahlung über ${n.amount} €. Rechnungsnummer: ${n.ref}. Die Rechnung finden Sie im Kundenkonto.`,
    },
    {
      kind: 'payment-received',
      from: 'Zahlfix <service@zahlfix.example>',
      subject: (n) => `Sie haben ${n.amount} € erhalten`,
      body: (n) =>
        `Sie haben eine Zahlung über ${n.amount} € erhalten. Transaktionscode: ${n.ref}.`,
    },
    {
      kind: 'card',
      from: 'Elbmark Bank <kartenservice@elbmarkbank.example>',
      subject: () => 'Kartenumsatz: Bitte prüfen Sie diese Zahlung',
      body: (n) =>
        `Mit Ihrer Karte endend auf ${n.last4} wurde eine Zahlung über ${n.amount} € autorisiert. Nicht erkannt? Sperren Sie die Karte in der App.`,
    },
    {
      kind: 'security',
      from: 'Elbmark Bank <sicherheit@elbmarkbank.example>',
      subject: () => 'Ihr Passwort wurde geändert',
      body: () =>
        'Das Passwort für Ihr Online-Banking wurde soeben geändert. Waren Sie das nicht, rufen Sie uns sofort an.',
    },
    {
      kind: 'order',
      from: 'Hausgut Shop <bestellung@hausgut.example>',
      subject: (n) => `Bestellbestätigung Nr. ${n.ref}`,
      body: (n) =>
        `Danke für Ihre Bestellung Nr. ${n.ref} über ${n.amount} €. Wir melden uns, sobald sie versandt ist.`,
    },
    {
      kind: 'delivery',
      from: 'Paketblitz <sendung@paketblitz.example>',
      subject: (n) => `Ihre Sendung ${n.ref} kommt heute`,
      body: () => 'Ihr Paket wird heute zwischen 11 und 15 Uhr zugestellt.',
    },
  ],
  fr: [
    {
      kind: 'receipt',
      from: 'Nuagerie Facturation <facturation@nuagerie.example>',
      subject: (n) => `Votre reçu n° ${n.ref}`,
      body: (n) =>
        `Montant payé : ${n.amount} €\nMoyen de paiement : carte se terminant par ${n.last4}\nReçu n° ${n.ref}.`,
    },
    {
      kind: 'payment-sent',
      from: 'Payvite <service@payvite.example>',
      subject: (n) => `Vous avez envoyé ${n.amount} € à Loc'Atelier`,
      body: (n) =>
        `Votre paiement de ${n.amount} € a été envoyé. Référence de transaction : ${n.ref}.`,
    },
    {
      kind: 'card',
      from: 'Banque Armorine <alertes@armorine.example>',
      subject: () => 'Alerte : paiement par carte',
      body: (n) =>
        `Un paiement de ${n.amount} € a été effectué avec votre carte se terminant par ${n.last4}. Si vous ne le reconnaissez pas, faites opposition.`,
    },
    {
      kind: '2fa',
      from: 'Nuagerie <securite@nuagerie.example>',
      subject: () => 'La validation en deux étapes a été modifiée',
      body: () =>
        'Un nouveau téléphone a été ajouté pour la validation en deux étapes de votre compte. Si ce n’est pas vous, sécurisez votre compte.',
    },
    {
      kind: 'order',
      from: 'Maison Galet <commandes@maisongalet.example>',
      subject: (n) => `Confirmation de votre commande n° ${n.ref}`,
      body: (n) => `Merci pour votre commande n° ${n.ref} d'un montant de ${n.amount} €.`,
    },
    {
      kind: 'delivery',
      from: 'Colirapide <suivi@colirapide.example>',
      subject: (n) => `Votre colis ${n.ref} est en cours de livraison`,
      body: () => 'Votre colis sera livré aujourd’hui entre 9 h et 13 h.',
    },
  ],
}
