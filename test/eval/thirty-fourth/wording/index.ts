// Picks one company's wording for a wave: a product default (at most about a fifth), a
// hand-written text, a text composed from blocks, an auto-reply, or "verify to submit".
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { WavePlan } from '../plans.ts'
import { PRODUCTS, type Family, type Text } from '../products.ts'
import { AUTO_REPLY, REQUEST_VERIFY } from './autoreply.ts'
import { BLOCKS } from './blocks.ts'
import { HAND_HELPDESK, HAND_VERIFICATION } from './hand-a.ts'
import { HAND_RESET, HAND_SUBSCRIPTION } from './hand-b.ts'

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface Wording {
  text: Text
  family: Family
  product: string
  source: WordingSource
}

export const HAND: Record<Family, Record<Lang, readonly Text[]>> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

/** Product names given to in-house wordings in the labels. */
export const IN_HOUSE = {
  form: 'in-house',
  autoReply: 'auto-responder',
  requestVerify: 'request-verify',
} as const

export function composed(rng: Random, family: Family, lang: Lang): Text {
  const b = BLOCKS[lang]
  const lines = [rng.pick(b.greet), rng.pick(b.line[family])]
  if (rng.chance(0.7)) lines.push(rng.pick(b.next))
  lines.push(rng.pick(b.close))
  return { subject: rng.pick(b.subject[family]), body: lines.join('\n') }
}

export function chooseWording(
  rng: Random,
  plan: WavePlan,
  family: Family,
  lang: Lang,
  index: number,
): Wording {
  if (plan.autoReply || (plan.kind === 'e-mixed' && rng.chance(0.15))) {
    const texts = AUTO_REPLY[lang]
    return {
      text: texts[index % texts.length]!,
      family: 'helpdesk',
      product: IN_HOUSE.autoReply,
      source: 'handwritten',
    }
  }
  if (plan.requestVerify && rng.chance(0.3))
    return {
      text: rng.pick(REQUEST_VERIFY[lang]),
      family: 'verification',
      product: IN_HOUSE.requestVerify,
      source: 'handwritten',
    }
  const roll = rng.next()
  if (roll < 0.2) {
    const product = rng.pick(PRODUCTS.filter((p) => p.family === family))
    return {
      text: product.texts[lang] ?? product.texts.en,
      family,
      product: product.product,
      source: 'product',
    }
  }
  if (roll < 0.6)
    return {
      text: rng.pick(HAND[family][lang]),
      family,
      product: IN_HOUSE.form,
      source: 'handwritten',
    }
  return { text: composed(rng, family, lang), family, product: IN_HOUSE.form, source: 'composed' }
}
