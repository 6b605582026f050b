// Picks each company's own wording for a wave: a product default (at most a quarter), one of the
// hand-written texts, or one composed from the blocks; the 2026 helpdesk "verify your email to
// submit your request" for some helpdesk companies.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { BLOCKS } from './blocks.ts'
import { HAND_DESK, HAND_VERIFY } from './hand-a.ts'
import { HAND_RESET, HAND_SUB, VERIFY_TO_SUBMIT } from './hand-b.ts'
import { PRODUCTS } from './products.ts'
import type { Family, HandText, Wording } from './types.ts'

export const IN_HOUSE = 'in-house'
export const VERIFY_SUBMIT = 'verify-to-submit (helpdesk 2026)'

export interface CompanyWording extends Wording {
  product: string
  source: 'wording:product' | 'wording:handwritten' | 'wording:composed'
  /** The product's usual sender row, when a product text. */
  sender?: 'own' | 'hosted' | 'display'
}

export const HAND: Record<Family, readonly HandText[]> = {
  helpdesk: HAND_DESK,
  verification: HAND_VERIFY,
  subscription: HAND_SUB,
  reset: HAND_RESET,
}

function composed(rng: Random, family: Family, lang: Lang): Wording {
  const b = BLOCKS[lang]
  const lines = [rng.pick(b.greet), rng.pick(b.say[family])]
  if (rng.chance(0.6)) lines.push(rng.pick(b.next))
  lines.push(rng.pick(b.close))
  return { subject: rng.pick(b.subject[family]), body: lines.join('\n') }
}

export function companyWording(
  rng: Random,
  family: Family,
  lang: Lang,
  verifySubmit: boolean,
): CompanyWording {
  if (family === 'helpdesk' && verifySubmit) {
    const text = VERIFY_TO_SUBMIT.find((t) => t.lang === lang)!
    return { ...text, product: VERIFY_SUBMIT, source: 'wording:handwritten' }
  }
  const roll = rng.next()
  if (roll < 0.22) {
    const product = rng.pick(PRODUCTS.filter((p) => p.family === family))
    return {
      ...product.texts[lang],
      product: product.product,
      source: 'wording:product',
      sender: product.sender,
    }
  }
  if (roll < 0.62) {
    const text = rng.pick(HAND[family].filter((t) => t.lang === lang))
    return {
      subject: text.subject,
      body: text.body,
      product: IN_HOUSE,
      source: 'wording:handwritten',
    }
  }
  return { ...composed(rng, family, lang), product: IN_HOUSE, source: 'wording:composed' }
}
