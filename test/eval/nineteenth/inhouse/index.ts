// Chooses each wave company's wording once: a product default (about a quarter of companies),
// else the company's own words, more than half of them hand-written and the rest composed.
// Within one wave a hand-written text goes to one company only while unused ones remain.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { productsOf } from '../products/index.ts'
import type { Product } from '../products/types.ts'
import { composeWording } from './composed.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import type { Family, Wording } from './types.ts'

export const HAND: Record<Family, readonly Wording[]> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface Chosen {
  source: WordingSource
  /** The product's name, or `in-house`. */
  product: string
  productDef?: Product
  wording: Wording
}

export function chooseWording(
  rng: Random,
  family: Family,
  lang: Lang,
  usedHand: Set<Wording>,
): Chosen {
  const r = rng.next()
  const products = productsOf(family).filter((p) => p.texts[lang])
  if (r < 0.25 && products.length > 0) {
    const p = rng.pick(products)
    return {
      source: 'product',
      product: p.product,
      productDef: p,
      wording: { lang, ...p.texts[lang]! },
    }
  }
  if (r < 0.66) {
    const mine = HAND[family].filter((w) => w.lang === lang)
    const fresh = mine.filter((w) => !usedHand.has(w))
    const wording = rng.pick(fresh.length > 0 ? fresh : mine)
    usedHand.add(wording)
    return { source: 'handwritten', product: 'in-house', wording }
  }
  return { source: 'composed', product: 'in-house', wording: composeWording(rng, family, lang) }
}
