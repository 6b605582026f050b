// Class 11: receipts and payments sent or received (label `important`). Slots {brand} {name}
// {amount} {ref} {friend} {date}.
import type { Lang } from '../../types.ts'

export const RECEIPT: Record<Lang, readonly string[]> = {
  en: [
    'Your receipt from {brand} #{ref}|Thanks for your purchase, {name}.\nTotal paid: {amount}\nCard ending 4417 · {date}\nQuestions? Reply to this email.',
    'You sent {amount} to {friend}|Payment complete. Reference: {ref}. It usually arrives within minutes.',
    '{friend} paid you {amount}|You’ve received {amount} from {friend} for "concert tickets". Transaction {ref}.',
  ],
  de: [
    'Ihre Quittung von {brand} Nr. {ref}|Vielen Dank für Ihren Einkauf.\nBezahlt: {amount}\nKarte endet auf 4417 · {date}',
    'Du hast {amount} an {friend} gesendet|Zahlung abgeschlossen. Referenz: {ref}.',
    '{friend} hat dir {amount} geschickt|Du hast {amount} von {friend} erhalten („Konzertkarten“). Transaktion {ref}.',
  ],
  fr: [
    'Votre reçu {brand} n°{ref}|Merci pour votre achat.\nMontant payé : {amount}\nCarte se terminant par 4417 · {date}',
    'Vous avez envoyé {amount} à {friend}|Paiement effectué. Référence : {ref}.',
    '{friend} vous a payé {amount}|Vous avez reçu {amount} de {friend} (« places de concert »). Transaction {ref}.',
  ],
  es: [
    'Tu recibo de {brand} n.º {ref}|Gracias por tu compra.\nTotal pagado: {amount}\nTarjeta terminada en 4417 · {date}',
    'Has enviado {amount} a {friend}|Pago completado. Referencia: {ref}.',
    '{friend} te ha enviado {amount}|Has recibido {amount} de {friend} («entradas concierto»). Operación {ref}.',
  ],
  pt: [
    'O seu recibo {brand} n.º {ref}|Obrigado pela sua compra.\nTotal pago: {amount}\nCartão terminado em 4417 · {date}',
    'Você enviou um Pix de {amount} para {friend}|Transferência concluída. ID: {ref}.',
    '{friend} pagou-lhe {amount}|Recebeu {amount} de {friend} ("bilhetes concerto"). Transação {ref}.',
  ],
  it: [
    'La tua ricevuta {brand} n. {ref}|Grazie per l’acquisto.\nTotale pagato: {amount}\nCarta che termina con 4417 · {date}',
    'Hai inviato {amount} a {friend}|Pagamento completato. Riferimento: {ref}.',
    '{friend} ti ha inviato {amount}|Hai ricevuto {amount} da {friend} ("biglietti concerto"). Operazione {ref}.',
  ],
  nl: [
    'Je bon van {brand} nr. {ref}|Bedankt voor je aankoop.\nBetaald: {amount}\nKaart eindigend op 4417 · {date}',
    'Je hebt {amount} naar {friend} gestuurd|Betaling voltooid. Kenmerk: {ref}.',
    '{friend} heeft je {amount} betaald|Je ontving {amount} van {friend} ("concertkaartjes") via een Tikkie. Transactie {ref}.',
  ],
}
