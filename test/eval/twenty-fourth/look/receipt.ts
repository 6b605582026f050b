// Look-alike texts of one class (receipt), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const RECEIPT: LookTexts = {
  en: [
    [
      'Your receipt from {brand} #{ref}',
      'Amount paid: {amount}\nDate: {date}\nPayment method: Visa •••• 4417\n\nQuestions? Reply to this email.',
    ],
    [
      'You sent {amount} to {name}',
      'Your payment to {name} is complete. Reference {ref}. It may take a few minutes to show in their account.',
    ],
    [
      '{name} paid you {amount}',
      'Money received! {amount} from {name} is now in your {brand} balance. Note: “concert tickets”.',
    ],
  ],
  de: [
    [
      'Ihre Quittung von {brand} Nr. {ref}',
      'Betrag: {amount}\nDatum: {date}\nZahlungsart: Mastercard •••• 2290\n\nFragen? Antworten Sie einfach.',
    ],
    [
      'Sie haben {amount} an {name} gesendet',
      'Ihre Zahlung an {name} ist abgeschlossen. Referenz {ref}.',
    ],
    [
      '{name} hat Ihnen {amount} gesendet',
      'Geld erhalten! {amount} von {name} ist jetzt in Ihrem {brand}-Guthaben. Notiz: „Konzertkarten“.',
    ],
  ],
  fr: [
    [
      'Votre reçu {brand} n° {ref}',
      'Montant payé : {amount}\nDate : {date}\nMoyen de paiement : CB •••• 8812',
    ],
    [
      'Vous avez envoyé {amount} à {name}',
      'Votre paiement à {name} est effectué. Référence {ref}.',
    ],
    [
      '{name} vous a envoyé {amount}',
      'Argent reçu ! {amount} de {name} est disponible sur votre solde {brand}. Note : « places de concert ».',
    ],
  ],
  es: [
    [
      'Tu recibo de {brand} n.º {ref}',
      'Importe pagado: {amount}\nFecha: {date}\nMétodo: Visa •••• 3306',
    ],
    ['Has enviado {amount} a {name}', 'Tu pago a {name} se ha completado. Referencia {ref}.'],
    [
      '{name} te ha enviado {amount}',
      '¡Dinero recibido! {amount} de {name} ya está en tu saldo de {brand}. Concepto: «entradas concierto».',
    ],
  ],
  pt: [
    [
      'O seu recibo {brand} n.º {ref}',
      'Valor pago: {amount}\nData: {date}\nMeio de pagamento: MB Way',
    ],
    [
      'Você enviou um Pix de {amount} para {name}',
      'Seu Pix para {name} foi concluído. Identificador {ref}.',
    ],
    [
      '{name} enviou-lhe {amount}',
      'Dinheiro recebido! {amount} de {name} já está no seu saldo {brand}. Nota: "bilhetes do concerto".',
    ],
  ],
  it: [
    [
      'La tua ricevuta {brand} n. {ref}',
      'Importo pagato: {amount}\nData: {date}\nMetodo: Visa •••• 5120',
    ],
    ['Hai inviato {amount} a {name}', 'Il pagamento a {name} è completato. Riferimento {ref}.'],
    [
      '{name} ti ha inviato {amount}',
      'Denaro ricevuto! {amount} da {name} è nel tuo saldo {brand}. Causale: «biglietti concerto».',
    ],
  ],
  nl: [
    [
      'Je betaalbewijs van {brand} #{ref}',
      'Betaald bedrag: {amount}\nDatum: {date}\nBetaalmethode: iDEAL',
    ],
    ['Je hebt {amount} betaald aan {name}', 'Je betaling aan {name} is gelukt. Kenmerk {ref}.'],
    [
      '{name} heeft je Tikkie van {amount} betaald',
      'Geld ontvangen! {amount} van {name} staat op je rekening. Omschrijving: "concertkaartjes".',
    ],
  ],
}
