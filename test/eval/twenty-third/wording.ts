// Each company's wording in a wave: a product default (at most a quarter of the companies), a
// hand-written text of its own, or one composed from the blocks. Within one wave a hand-written
// text goes to one company while unused ones remain.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { BLOCKS } from './blocks.ts'
import { HAND_HELPDESK, HAND_VERIFICATION } from './hand-a.ts'
import { HAND_RESET, HAND_SUBSCRIPTION } from './hand-b.ts'
import { PRODUCTS, productText, type Family, type Product } from './products.ts'

export const HAND: Record<Family, Record<Lang, readonly string[]>> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface Wording {
  source: WordingSource
  /** The product's name, or in-house. */
  product: string
  /** "subject | body" with slots. */
  text: string
  productRow?: Product
}

function composed(rng: Random, lang: Lang, family: Family): string {
  const b = BLOCKS[lang]
  const core = rng
    .pick(b.core[family])
    .replace('{req}', rng.pick(b.req))
    .replace('{recv}', rng.pick(b.recv))
  const body = [rng.pick(b.greet), core, rng.pick(b.close)]
  if (rng.chance(0.3)) body.splice(2, 0, rng.pick(['{link}', 'Ref. {ref}', '👉 {link}']))
  return `${rng.pick(b.subj[family])} | ${body.join(' / ')}`
}

/** Picks wordings for one wave; used hand-written texts are remembered per wave. */
export function wordingPicker(rng: Random): (lang: Lang, family: Family) => Wording {
  const used = new Set<string>()
  return (lang, family) => {
    const roll = rng.next()
    if (roll < 0.2) {
      const product = rng.pick(PRODUCTS.filter((p) => p.family === family))
      return {
        source: 'product',
        product: product.product,
        text: productText(product, lang),
        productRow: product,
      }
    }
    if (roll < 0.62) {
      const texts = HAND[family][lang]
      const fresh = texts.filter((t) => !used.has(t))
      const text = rng.pick(fresh.length > 0 ? fresh : texts)
      used.add(text)
      return { source: 'handwritten', product: 'in-house', text }
    }
    return { source: 'composed', product: 'in-house', text: composed(rng, lang, family) }
  }
}
