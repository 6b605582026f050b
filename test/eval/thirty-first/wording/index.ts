// One company's wave mail: a product default (at most about a fifth of companies), a hand-written
// text of its own, or one composed from the blocks. Returns the text and its labels.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { PRODUCTS, type Family } from '../products.ts'
import { ACK } from './ack.ts'
import { ACTION, CLOSE, GREET, SENTENCE, type Style } from './blocks.ts'
import { SUBJECT } from './subjects.ts'
import { CHECK } from './check.ts'
import { RESET } from './reset.ts'
import { SUB } from './sub.ts'
import { VERIFY } from './verify.ts'

export const STYLES: readonly Style[] = ['ack', 'check', 'verify', 'sub', 'reset']
export const HAND: Record<Style, Record<Lang, readonly string[]>> = {
  ack: ACK,
  check: CHECK,
  verify: VERIFY,
  sub: SUB,
  reset: RESET,
}
export const FAMILY_OF: Record<Style, Family> = {
  ack: 'helpdesk',
  check: 'helpdesk',
  verify: 'verification',
  sub: 'subscription',
  reset: 'reset',
}
/** The in-house product names, so a report can tell the verify-to-submit mails apart. */
export const IN_HOUSE = { check: 'in-house verify-to-submit', other: 'in-house' } as const

export interface Wording {
  text: string
  source: 'product' | 'handwritten' | 'composed'
  family: Family
  product: string
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function composed(rng: Random, style: Style, lang: Lang): string {
  const greet = rng.pick(GREET[lang])
  const sentence = rng.pick(SENTENCE[style][lang])
  const lead = greet.endsWith(',') || greet.endsWith(':') ? sentence : capital(sentence)
  const link =
    style === 'ack' ? rng.pick(ACTION[lang].slice(2)) : rng.pick(ACTION[lang].slice(0, 2))
  const lines = [greet, lead, link, rng.pick(CLOSE[lang])]
  return `${rng.pick(SUBJECT[style][lang])}|${lines.join('\n')}`
}

/** `usedHand` keeps a hand-written text for one company while unused ones remain. */
export function wordingFor(
  rng: Random,
  style: Style,
  lang: Lang,
  usedHand: Set<string>,
  productShare = 0.2,
): Wording {
  const family = FAMILY_OF[style]
  const inHouse = style === 'check' ? IN_HOUSE.check : IN_HOUSE.other
  const roll = rng.next()
  if (style !== 'check' && roll < productShare) {
    const product = rng.pick(PRODUCTS.filter((p) => p.family === family))
    return { text: product.texts[lang], source: 'product', family, product: product.product }
  }
  if (roll < productShare + 0.45) {
    const all = HAND[style][lang]
    const fresh = all.filter((t) => !usedHand.has(t))
    const text = rng.pick(fresh.length > 0 ? fresh : all)
    usedHand.add(text)
    return { text, source: 'handwritten', family, product: inHouse }
  }
  return { text: composed(rng, style, lang), source: 'composed', family, product: inHouse }
}
