// A bank or card account named by its last three or four digits (not a time: "your account ending
// in 48 hours" is a deadline): "account ending 6748", "cuenta terminada en
// 8535", "Karte endet auf 1474". A payment notice says it beside "confirmed" ("Your transfer …
// (account ending 6748) was confirmed"), which the confirmation lexicon would otherwise read as an
// account being confirmed. Folded text (lower case, no diacritics), in the seven languages.
const MASKED_ACCOUNT =
  /(?<![a-z])(?:account|card|konto|karte|compte|carte|cuenta|tarjeta|conta|cartao|conto|carta|rekening|kaart|pas)(?: (?:no|nr|number))? (?:ending(?: in| with)?|endet (?:auf|mit)|se terminant (?:par|en)|terminad[ao] (?:en|em)|acabad[ao] (?:en|em)|che termina (?:con|in|per)|terminante (?:con|in)|eindigend (?:op|met)|eindigt (?:op|met)) [*x•.\s]*\d{3,4}(?!\d)(?!\s?(?:h(?![a-z])|hours?|days?|minutes?|stunden?|tage?n?|minuten?|heures?|jours?|horas?|dias?|minutos?|ore|giorni|minuti|uur|dagen))/gu

/** `folded` with every masked account named by its last digits replaced by a neutral word. */
export function withoutMaskedAccounts(folded: string): string {
  return folded.replace(MASKED_ACCOUNT, 'reference')
}
