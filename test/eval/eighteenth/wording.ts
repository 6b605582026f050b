// Which wording each company of a wave sends: a product default (about one company in six), one
// of the hand-written in-house texts of its language not yet taken in this wave (preferred), or
// a composed in-house text not yet taken. No two companies of a wave share a hand-written text.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { Company } from './companies.ts'
import { BLOCKS, compose, variants } from './compose/index.ts'
import type { Family } from './compose/types.ts'
import { productsOf, type Product } from './products.ts'
import { HAND_TEXTS, type Wording } from './texts/index.ts'

export type WordingSource = 'product' | 'hand' | 'composed'

export interface Chosen {
  source: WordingSource
  wording: Wording
  product?: Product
}

function productWording(p: Product, lang: Lang): Wording {
  const textLang: Lang = p.texts[lang] !== undefined ? lang : 'en'
  const [subject = '', body = ''] = (p.texts[textLang] ?? '').split('|')
  return {
    id: `product/${p.product}`,
    family: p.family,
    lang: textLang,
    locale: textLang,
    subject,
    body: body.replace(/\\n/gu, '\n'),
  }
}

export class WordingPicker {
  private readonly taken = new Set<string>()

  constructor(private readonly rng: Random) {}

  pick(c: Company, family: Family): Chosen {
    const rng = this.rng
    const products = productsOf(family)
    if (rng.chance(0.17)) {
      const product = rng.pick(products)
      return { source: 'product', wording: productWording(product, c.lang), product }
    }
    const free = HAND_TEXTS.filter(
      (w) => w.family === family && w.lang === c.lang && !this.taken.has(w.id),
    )
    if (free.length > 0 && rng.chance(0.85)) {
      const wording = rng.pick(free)
      this.taken.add(wording.id)
      return { source: 'hand', wording }
    }
    let wording = compose(rng, family, c.lang)
    for (let i = 0; i < 6 && this.taken.has(wording.id); i++) wording = compose(rng, family, c.lang)
    this.taken.add(wording.id)
    // Some companies keep an English subject line above a body in their own language.
    if (c.lang !== 'en' && rng.chance(0.12))
      wording = { ...wording, subject: rng.pick(variants(BLOCKS.en[family].subject)) }
    return { source: 'composed', wording }
  }
}
