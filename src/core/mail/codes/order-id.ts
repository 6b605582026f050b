// An order named with its number is a transaction: "Your Shopname order W639137 is confirmed",
// "Conferma del tuo ordine K966157", "Bestellung Nr. 40512". The word alone is not one ("TAKE DOWN
// ORDERS", "ordine di rimozione"), and the lexicon's stems, being words, cannot see the number, so
// such mentions are found here and added to the lexicon's hits as a transaction.
import type { ConceptHit } from '../lexicon/lexicon.ts'

/**
 * An order noun, then an id with at least four digits: right after the noun, with an optional
 * "no."/"#" ("order #40512", "Bestellung Nr. 40512"), or after one word when a number mark says
 * what follows is the order's number ("Pedido confirmado n.º 88029280", "Commande confirmée
 * n° 1234"; "º" folds to "o"). Linear. Also an important purchase (important.ts).
 */
const NOUN = '(?:order|ordine|commande|pedido|bestellung|bestelling|encomenda|ordem)'
const MARK = '(?:n\\.?[o°º]?|nr|no|nummer|number|numero|num)\\.?'
export const ORDER_ID = new RegExp(
  `(?<![a-z0-9])${NOUN}(?:(?: [a-z]{3,14})? (?:${MARK} ?|# ?)|(?: ${MARK})? ?[#:]? ?)(?:[a-z]{1,3}-?)?\\d{4,}(?!\\d)`,
  'u',
)

/** The hits with a transaction added where an order is named with its number, in text order. */
export function withOrderIds(hits: ConceptHit[], folded: string): ConceptHit[] {
  const found = ORDER_ID.exec(folded)
  if (!found) return hits
  const at = found.index
  const end = at + found[0].length
  // A stem already read there ("your order #…") says the same.
  if (hits.some((hit) => hit.concept === 'transaction' && hit.at >= at - 10 && hit.at < end))
    return hits
  // The noun named with its number is the order, not a request ("pedido" is both).
  const rest = hits.filter((hit) => !(hit.concept === 'request' && hit.at === at))
  const before = rest.filter((hit) => hit.at < at)
  return [...before, { concept: 'transaction', at }, ...rest.slice(before.length)]
}
