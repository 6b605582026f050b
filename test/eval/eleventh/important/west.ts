// Important notices in English, German, French and Dutch ({amount}, {ref}, {card} filled per mail).
import type { ImportantTable } from './kit.ts'

export const WEST: ImportantTable = {
  en: [
    {
      kind: 'receipt',
      from: 'Larkspur Grocers <receipts@larkspurgrocers.co.uk>',
      subject: 'Your receipt from Larkspur Grocers - order {ref}',
      body: 'Thanks for shopping with us. Order {ref}\nTotal paid: £{amount}\nPaid with Visa ending {card}.\nKeep this receipt for returns within 30 days.',
    },
    {
      kind: 'payment-sent',
      from: 'Tallyround <service@tallyround.com>',
      subject: 'You sent £{amount} to Peter Hollis',
      body: 'You sent a payment of £{amount} GBP to Peter Hollis.\nTransaction ID: {ref}\nIt may take a few minutes to appear in their account.',
    },
    {
      kind: 'card-alert',
      from: 'Kestrel Bank <alerts@kestrelbank.co.uk>',
      subject: 'Card transaction of £{amount} approved',
      body: "Your debit card ending {card} was used for £{amount} at ONLINE MERCHANT.\nIf you don't recognise this, call us on the number on the back of your card.",
    },
    {
      kind: 'security',
      from: 'Kestrel Bank <security@kestrelbank.co.uk>',
      subject: 'New sign-in to your Kestrel Bank account',
      body: 'We noticed a new sign-in to online banking from Chrome on Windows.\nIf this was you, there is nothing to do. If not, secure your account now.\nReference {ref}',
    },
    {
      kind: 'twofa',
      from: 'Pinemoor Cloud <account@pinemoor.io>',
      subject: 'Two-step verification was turned off',
      body: 'Two-step verification was turned off for your Pinemoor account.\nIf you did not make this change, reset your password and turn it back on. Ref {ref}',
    },
    {
      kind: 'delivery',
      from: 'Swiftpost Parcels <tracking@swiftpost.co.uk>',
      subject: 'Your parcel {ref} will be delivered today',
      body: 'Good news: parcel {ref} is out for delivery and arrives between 10:00 and 14:00.\nTrack it or change the delivery in the app.',
    },
  ],
  de: [
    {
      kind: 'receipt',
      from: 'Brunnhof Markt <kassenbon@brunnhof-markt.de>',
      subject: 'Ihr Kassenbon vom Brunnhof Markt - Bestellung {ref}',
      body: 'Vielen Dank für Ihren Einkauf. Bestellung {ref}\nGezahlt: {amount} €\nZahlungsart: Girocard ...{card}',
    },
    {
      kind: 'payment-received',
      from: 'Zahlwerk <service@zahlwerk.de>',
      subject: 'Sie haben {amount} € erhalten',
      body: 'Sie haben eine Zahlung über {amount} EUR von Sabine Kettler erhalten.\nTransaktionscode: {ref}\nDas Geld steht Ihnen sofort zur Verfügung.',
    },
    {
      kind: 'card-alert',
      from: 'Rheinufer Sparkasse <info@rheinufer-sparkasse.de>',
      subject: 'Kartenzahlung über {amount} € freigegeben',
      body: 'Mit Ihrer Kreditkarte ...{card} wurde eine Zahlung über {amount} € freigegeben.\nWaren Sie das nicht? Sperren Sie die Karte unter 116 116.',
    },
    {
      kind: 'security',
      from: 'Rheinufer Sparkasse <sicherheit@rheinufer-sparkasse.de>',
      subject: 'Neue Anmeldung im Online-Banking',
      body: 'Es gab eine neue Anmeldung in Ihrem Online-Banking von einem neuen Gerät.\nWenn Sie das nicht waren, ändern Sie sofort Ihre PIN. Referenz {ref}',
    },
    {
      kind: 'order',
      from: 'Lindgrün Versand <bestellung@lindgruen-versand.de>',
      subject: 'Bestellbestätigung Nr. {ref}',
      body: 'Vielen Dank für Ihre Bestellung {ref}.\nGesamtbetrag: {amount} € inkl. MwSt.\nVoraussichtliche Lieferung: 2-3 Werktage.',
    },
    {
      kind: 'delivery',
      from: 'Paketblitz <benachrichtigung@paketblitz.de>',
      subject: 'Ihr Paket {ref} kommt heute',
      body: 'Ihr Paket {ref} ist in Zustellung und kommt heute zwischen 11 und 15 Uhr.',
    },
  ],
  fr: [
    {
      kind: 'receipt',
      from: 'Épicerie Gravelotte <recus@gravelotte.fr>',
      subject: 'Votre reçu Épicerie Gravelotte - commande {ref}',
      body: 'Merci pour votre achat. Commande {ref}\nMontant réglé : {amount} €\nCarte se terminant par {card}.',
    },
    {
      kind: 'payment-sent',
      from: 'Virelo <service@virelo.fr>',
      subject: 'Vous avez envoyé {amount} € à Claire Denoyer',
      body: 'Vous avez envoyé un paiement de {amount} EUR à Claire Denoyer.\nNuméro de transaction : {ref}',
    },
    {
      kind: 'card-alert',
      from: 'Banque Aubépine <alertes@banque-aubepine.fr>',
      subject: 'Paiement par carte de {amount} € accepté',
      body: 'Votre carte se terminant par {card} a été utilisée pour un paiement de {amount} €.\nSi vous ne reconnaissez pas cette opération, faites opposition.',
    },
    {
      kind: 'twofa',
      from: 'Banque Aubépine <securite@banque-aubepine.fr>',
      subject: 'Votre appareil de confiance a été modifié',
      body: "Le téléphone utilisé pour valider vos opérations a été changé.\nSi vous n'êtes pas à l'origine de ce changement, appelez-nous. Réf. {ref}",
    },
    {
      kind: 'order',
      from: 'Maison Lunel <commandes@maisonlunel.fr>',
      subject: 'Confirmation de votre commande n° {ref}',
      body: 'Merci pour votre commande {ref}.\nTotal : {amount} € TTC\nLivraison prévue sous 3 jours.',
    },
    {
      kind: 'delivery',
      from: 'Colisvif <suivi@colisvif.fr>',
      subject: "Votre colis {ref} est livré aujourd'hui",
      body: 'Votre colis {ref} est en cours de livraison et arrivera entre 9 h et 13 h.',
    },
  ],
  nl: [
    {
      kind: 'receipt',
      from: 'Bakkerij Veenstra <bon@bakkerijveenstra.nl>',
      subject: 'Je kassabon van Bakkerij Veenstra - bestelling {ref}',
      body: 'Bedankt voor je aankoop. Bestelling {ref}\nBetaald: € {amount}\nBetaald met pas eindigend op {card}.',
    },
    {
      kind: 'payment-received',
      from: 'Betaalkring <service@betaalkring.nl>',
      subject: 'Je hebt € {amount} ontvangen',
      body: 'Je hebt een betaling van € {amount} ontvangen van Joris Hiemstra.\nKenmerk: {ref}',
    },
    {
      kind: 'card-alert',
      from: 'Polderbank <meldingen@polderbank.nl>',
      subject: 'Betaling van € {amount} met je creditcard',
      body: 'Met je creditcard eindigend op {card} is € {amount} betaald.\nHerken je dit niet? Blokkeer je kaart direct in de app.',
    },
    {
      kind: 'security',
      from: 'Polderbank <veiligheid@polderbank.nl>',
      subject: 'Nieuw apparaat gekoppeld aan je bankapp',
      body: 'Er is een nieuw apparaat aan je bankapp gekoppeld.\nWas jij dit niet? Bel ons direct. Referentie {ref}',
    },
    {
      kind: 'order',
      from: 'Duinwinkel <bestellingen@duinwinkel.nl>',
      subject: 'Bevestiging van je bestelling {ref}',
      body: 'Bedankt voor je bestelling {ref}.\nTotaal: € {amount}\nVerwachte levering: morgen.',
    },
    {
      kind: 'delivery',
      from: 'Pakketpost Snel <track@pakketpostsnel.nl>',
      subject: 'Je pakket {ref} wordt vandaag bezorgd',
      body: 'Je pakket {ref} wordt vandaag tussen 12:00 en 16:00 bezorgd.',
    },
  ],
}
