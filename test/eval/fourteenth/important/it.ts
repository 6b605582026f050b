// Italian important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_IT: readonly NoticeMaker[] = [
  (r) => ({
    from: 'PagaPiano <ricevute@pagapiano.it>',
    subject: `La tua ricevuta di pagamento`,
    body: `Ricevuta n. ${digits(r, 8)}\nImporto: ${amount(r)} €\nEsercente: Pasticceria Gallo\nCarta che termina con ${digits(r, 4)}`,
  }),
  (r) => ({
    from: 'Banca Lagunare <avvisi@bancalagunare.it>',
    subject: `Avviso: pagamento con carta di ${amount(r)} €`,
    body: `È stato effettuato un pagamento con la carta che termina con ${digits(r, 4)}. Se non lo riconosci, chiama l'800 000 000.`,
  }),
  () => ({
    from: 'Nuvolaria <sicurezza@nuvolaria.it>',
    subject: `La tua password è stata modificata`,
    body: `La password del tuo account Nuvolaria è stata appena modificata. Se non sei stato tu, proteggi subito l'account.`,
  }),
  () => ({
    from: 'Nuvolaria <sicurezza@nuvolaria.it>',
    subject: `Verifica in due passaggi disattivata`,
    body: `La verifica in due passaggi è stata disattivata sul tuo account. Se non sei stato tu, riattivala e cambia la password.`,
  }),
  (r) => ({
    from: 'Bottega Cipresso <ordini@bottegacipresso.it>',
    subject: `Conferma ordine n. ${digits(r, 8)}`,
    body: `Grazie per l'ordine: 1 x Moka 6 tazze. Totale ${amount(r)} €. Ti avviseremo alla spedizione.`,
  }),
  (r) => ({
    from: 'Corriere Lampo <tracking@corrierelampo.it>',
    subject: `Il tuo pacco è stato consegnato`,
    body: `La spedizione ${digits(r, 12)} è stata consegnata oggi alle ${r.int(9, 18)}:${r.int(10, 59)}.`,
  }),
  (r) => ({
    from: 'PagaPiano <servizio@pagapiano.it>',
    subject: `Hai ricevuto denaro`,
    body: `Elena Fabbri ti ha inviato ${amount(r)} €. Causale: regalo Luca.`,
  }),
]
