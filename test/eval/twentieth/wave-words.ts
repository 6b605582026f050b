// Which wording each company of a wave uses: at most a fifth of the companies send a product's
// default text, the others their own (hand-written or composed). Within a wave a hand-written
// text goes to one company only while unused ones remain.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { compose, handFor } from './inhouse/index.ts'
import { FAMILIES, type Family, type Wording } from './inhouse/types.ts'
import { productsOf } from './products/index.ts'

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface ChosenWording {
  family: Family
  source: WordingSource
  /** The product's name, or "in-house". */
  product: string
  wording: Wording
}

export function familyOf(kind: string, rng: Random): Family {
  switch (kind) {
    case 'a-acknowledgement':
      return 'helpdesk'
    case 'b-verification':
      return 'verification'
    case 'c-subscription':
      return 'subscription'
    case 'd-reset':
      return 'reset'
    default:
      return rng.pick(FAMILIES)
  }
}

/** Sources for count companies in a shuffled order: 20 % product, 45 % hand-written. */
export function sourcesFor(rng: Random, count: number): WordingSource[] {
  const product = Math.floor(count * 0.2)
  const hand = Math.round(count * 0.45)
  const list: WordingSource[] = Array.from({ length: count }, (_, i) =>
    i < product ? 'product' : i < product + hand ? 'handwritten' : 'composed',
  )
  return rng.shuffle(list)
}

export class WordingPicker {
  private readonly unused = new Map<string, Wording[]>()

  constructor(private readonly rng: Random) {}

  private hand(family: Family, lang: Lang): Wording {
    const key = `${family}/${lang}`
    let left = this.unused.get(key)
    if (!left || left.length === 0) {
      left = this.rng.shuffle(handFor(family, lang))
      this.unused.set(key, left)
    }
    return left.pop()!
  }

  pick(family: Family, lang: Lang, source: WordingSource): ChosenWording {
    if (source === 'product') {
      const product = this.rng.pick(productsOf(family))
      return { family, source, product: product.product, wording: product.texts[lang] }
    }
    const wording =
      source === 'handwritten' ? this.hand(family, lang) : compose(this.rng, family, lang)
    return { family, source, product: 'in-house', wording }
  }
}
