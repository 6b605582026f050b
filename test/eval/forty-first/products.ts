// The eight products of this set (two per group: helpdesk, sign-up, newsletter, form builder),
// none named by an earlier set's README, and how a company's wording is drawn: a product text
// (where its family has products), a hand-written text or a composed one.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { composed, COMPOSED_VARIANTS } from './composed.ts'
import { HAND_HELPDESK, HAND_VERIFICATION } from './hand-a.ts'
import { HAND_RESET, HAND_SUBSCRIPTION } from './hand-b.ts'
import { EASY_REDMINE, FORMSITE, METFORM, WSDESK } from './products-a.ts'
import { MAILPRO, MIGHTY, PERFIT, TEACHABLE } from './products-b.ts'
import type { ByLang, Family, Text } from './wording.ts'

export type Usual = 'own' | 'hosted' | 'display'

export interface Product {
  product: string
  group: 'helpdesk' | 'sign-up' | 'newsletter' | 'form builder'
  family: Family
  usual: Usual
  texts: ByLang
}

export const PRODUCTS: readonly Product[] = [
  { product: 'WSDesk', group: 'helpdesk', family: 'helpdesk', usual: 'own', texts: WSDESK },
  {
    product: 'Easy Redmine',
    group: 'helpdesk',
    family: 'helpdesk',
    usual: 'own',
    texts: EASY_REDMINE,
  },
  {
    product: 'Teachable',
    group: 'sign-up',
    family: 'verification',
    usual: 'hosted',
    texts: TEACHABLE,
  },
  {
    product: 'Mighty Networks',
    group: 'sign-up',
    family: 'verification',
    usual: 'hosted',
    texts: MIGHTY,
  },
  {
    product: 'Mailpro',
    group: 'newsletter',
    family: 'subscription',
    usual: 'hosted',
    texts: MAILPRO,
  },
  {
    product: 'Perfit',
    group: 'newsletter',
    family: 'subscription',
    usual: 'hosted',
    texts: PERFIT,
  },
  {
    product: 'Formsite',
    group: 'form builder',
    family: 'helpdesk',
    usual: 'display',
    texts: FORMSITE,
  },
  { product: 'MetForm', group: 'form builder', family: 'helpdesk', usual: 'own', texts: METFORM },
]

const HAND: Record<Family, ByLang> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface Wording {
  text: Text
  source: WordingSource
  /** The product's name, or `in-house` for hand-written and composed texts. */
  product: string
  usual?: Usual
}

/**
 * Reset forms have no product, so families with products take one a little more often (27 %)
 * to keep about a fifth of all wave mail in product wordings.
 */
export function drawWording(rng: Random, family: Family, lang: Lang): Wording {
  const products = PRODUCTS.filter((p) => p.family === family)
  if (products.length > 0 && rng.chance(0.27)) {
    const p = rng.pick(products)
    return { text: p.texts[lang], source: 'product', product: p.product, usual: p.usual }
  }
  if (rng.chance(0.5))
    return { text: HAND[family][lang], source: 'handwritten', product: 'in-house' }
  const variant = rng.int(0, COMPOSED_VARIANTS - 1)
  return { text: composed(lang, family, variant), source: 'composed', product: 'in-house' }
}
