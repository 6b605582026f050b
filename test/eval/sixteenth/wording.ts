// Which wording each company of a wave answers with: a product default (about a fifth), else its
// own in-house text — hand-written for well over half of the in-house companies, composed from
// blocks for the rest. Hand-written texts are dealt round so a wave repeats each as little as it can.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { PRODUCTS, productText, type Product } from './products.ts'
import { ACK } from './texts/ack.ts'
import { composeText } from './texts/composed.ts'
import { RESET } from './texts/reset.ts'
import { SUBSCRIBE } from './texts/subscribe.ts'
import type { Family, Text } from './texts/text.ts'
import { VERIFY } from './texts/verify.ts'

export const HANDWRITTEN: Record<Family, readonly Text[]> = {
  ack: ACK,
  verify: VERIFY,
  subscribe: SUBSCRIBE,
  reset: RESET,
}

export type WordingSource = 'product' | 'hand-written' | 'composed'

export interface Wording {
  source: WordingSource
  family: Family
  text: Text
  product?: Product
}

/** A dealer of hand-written texts per family and language, shuffled once per wave. */
export function handDealer(rng: Random): (family: Family, lang: Lang) => Text {
  const decks = new Map<string, Text[]>()
  return (family, lang) => {
    const key = `${family}/${lang}`
    let deck = decks.get(key)
    if (!deck || deck.length === 0) {
      deck = rng.shuffle(HANDWRITTEN[family].filter((t) => t.lang === lang))
      decks.set(key, deck)
    }
    return deck.pop()!
  }
}

export function chooseWording(
  rng: Random,
  family: Family,
  lang: Lang,
  deal: (family: Family, lang: Lang) => Text,
): Wording {
  const u = rng.next()
  if (u < 0.2) {
    const product = rng.pick(PRODUCTS.filter((p) => p.family === family))
    return { source: 'product', family, text: productText(product, lang), product }
  }
  if (u < 0.68) return { source: 'hand-written', family, text: deal(family, lang) }
  return { source: 'composed', family, text: composeText(rng, lang, family) }
}
