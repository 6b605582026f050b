// 11. Receipts and payments sent or received: labelled important.
import type { LookClass } from './types.ts'

export const RECEIPT: LookClass = {
  name: 'receipt',
  label: 'important',
  sender: 'brand',
  brands: ['{Stem} Pay', '{Stem}', '{Stem} Wallet'],
  locals: ['receipts', 'payments', 'service'],
  texts: {
    en: [
      [
        'Your receipt from {brand} #{order}',
        'Receipt #{order}\nDate: {today}\n\nAnnual plan ........ {amount}\nTotal paid ......... {amount}\nCard ending {last4}\n\nQuestions? Visit {link}',
      ],
      [
        'You received {amount} from {sender}',
        'Hi {name},\n\n{sender} sent you {amount} for "concert tickets". The money is in your {brand} balance.\n\nView transaction: {link}',
      ],
      [
        'Payment sent: {amount} to {sender}',
        "You sent {amount} to {sender} on {today}.\nReference: {ref}\nIf you don't recognise this payment, contact us: {link}",
      ],
    ],
    de: [
      [
        'Ihre Quittung von {brand}',
        'Quittung Nr. {order}\nDatum: {today}\n\nJahresabo: {amount}\nBezahlt mit Karte •••• {last4}\n\nRechnung herunterladen: {link}',
      ],
      [
        'Sie haben {amount} von {sender} erhalten',
        'Hallo {name},\n\n{sender} hat Ihnen {amount} gesendet („Anteil Ferienhaus“). Der Betrag ist in Ihrem {brand}-Guthaben.\n\nZahlung ansehen: {link}',
      ],
      [
        'Zahlung gesendet: {amount}',
        'Sie haben am {today} {amount} an {sender} gesendet. Referenz: {ref}. Nicht von Ihnen? {link}',
      ],
    ],
    fr: [
      [
        'Votre reçu {brand} n°{order}',
        'Reçu n°{order}\nDate : {today}\n\nAbonnement annuel : {amount}\nPayé par carte se terminant par {last4}\n\nTélécharger la facture : {link}',
      ],
      [
        'Vous avez reçu {amount} de {sender}',
        'Bonjour {name},\n\n{sender} vous a envoyé {amount} (« restaurant vendredi »). La somme est disponible sur votre compte {brand}.\n\nVoir le paiement : {link}',
      ],
      [
        'Paiement envoyé : {amount}',
        "Vous avez envoyé {amount} à {sender} le {today}. Référence : {ref}. Ce n'est pas vous ? {link}",
      ],
    ],
    es: [
      [
        'Tu recibo de {brand} n.º {order}',
        'Recibo n.º {order}\nFecha: {today}\n\nPlan anual: {amount}\nPagado con tarjeta terminada en {last4}\n\nDescargar factura: {link}',
      ],
      [
        'Has recibido {amount} de {sender}',
        'Hola {name}:\n\n{sender} te ha enviado {amount} («entradas del concierto»). Ya lo tienes en tu saldo de {brand}.\n\nVer movimiento: {link}',
      ],
      [
        'Pago enviado: {amount}',
        'Has enviado {amount} a {sender} el {today}. Referencia: {ref}. ¿No has sido tú? {link}',
      ],
    ],
    pt: [
      [
        'O seu recibo {brand} n.º {order}',
        'Recibo n.º {order}\nData: {today}\n\nPlano anual: {amount}\nPago com cartão terminado em {last4}\n\nDescarregar fatura: {link}',
      ],
      [
        'Recebeu {amount} de {sender}',
        'Olá {name},\n\n{sender} enviou-lhe {amount} ("jantar de sexta"). O valor já está no seu saldo {brand}.\n\nVer pagamento: {link}',
      ],
      [
        'Pagamento enviado: {amount}',
        'Enviou {amount} a {sender} em {today}. Referência: {ref}. Não foi você? {link}',
      ],
    ],
    it: [
      [
        'La tua ricevuta {brand} n. {order}',
        'Ricevuta n. {order}\nData: {today}\n\nPiano annuale: {amount}\nPagato con carta che termina con {last4}\n\nScarica la fattura: {link}',
      ],
      [
        'Hai ricevuto {amount} da {sender}',
        'Ciao {name},\n\n{sender} ti ha inviato {amount} ("biglietti concerto"). L\'importo è nel tuo saldo {brand}.\n\nVedi il pagamento: {link}',
      ],
      [
        'Pagamento inviato: {amount}',
        'Hai inviato {amount} a {sender} il {today}. Riferimento: {ref}. Non sei stato tu? {link}',
      ],
    ],
    nl: [
      [
        'Je betaalbewijs van {brand} #{order}',
        'Betaalbewijs #{order}\nDatum: {today}\n\nJaarabonnement: {amount}\nBetaald met kaart eindigend op {last4}\n\nFactuur downloaden: {link}',
      ],
      [
        'Je hebt {amount} ontvangen van {sender}',
        'Hoi {name},\n\n{sender} heeft je {amount} gestuurd ("etentje vrijdag"). Het bedrag staat op je {brand}-saldo.\n\nBekijk betaling: {link}',
      ],
      [
        'Betaling verstuurd: {amount}',
        'Je hebt op {today} {amount} naar {sender} gestuurd. Kenmerk: {ref}. Niet door jou gedaan? {link}',
      ],
    ],
  },
}
