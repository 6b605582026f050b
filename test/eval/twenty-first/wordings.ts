// One wave mail's wording for a company: a product default (at most a quarter of the companies),
// a hand-written text or a composed one; each returns its label source and product.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { composeText } from './composed.ts'
import { HAND_HELPDESK, HAND_VERIFICATION } from './hand-a.ts'
import { HAND_RESET, HAND_SUBSCRIPTION } from './hand-b.ts'
import { PRODUCTS, type Family } from './products.ts'

export const HAND: Record<Family, Record<Lang, readonly string[]>> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface Wording {
  text: string
  source: WordingSource
  product: string
}

export function chooseWording(
  rng: Random,
  family: Family,
  lang: Lang,
  source: WordingSource,
): Wording {
  if (source === 'product') {
    const p = rng.pick(PRODUCTS.filter((x) => x.family === family))
    return { text: p.texts[lang], source, product: p.product }
  }
  if (source === 'handwritten')
    return { text: rng.pick(HAND[family][lang]), source, product: 'in-house' }
  return { text: composeText(rng, family, lang), source, product: 'in-house' }
}

/** About 20 % product, 42 % hand-written, 38 % composed. */
export function pickSource(rng: Random): WordingSource {
  const u = rng.next()
  return u < 0.2 ? 'product' : u < 0.62 ? 'handwritten' : 'composed'
}
