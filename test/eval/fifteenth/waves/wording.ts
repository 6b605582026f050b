// Which wording each company of a wave answers with: a product's default, one of the
// hand-written in-house texts, or a composed in-house text; never two companies alike.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { BLOCKS, compose } from '../composed/index.ts'
import type { Family } from '../composed/blocks.ts'
import { ACK_MORE } from '../handwritten/ack-more.ts'
import { ACK_TEXTS } from '../handwritten/ack.ts'
import { RESET_MORE } from '../handwritten/reset-more.ts'
import { RESET_TEXTS } from '../handwritten/reset.ts'
import { SUBSCRIBE_MORE } from '../handwritten/subscribe-more.ts'
import { SUBSCRIBE_TEXTS } from '../handwritten/subscribe.ts'
import type { Written } from '../handwritten/text.ts'
import { VERIFY_MORE } from '../handwritten/verify-more.ts'
import { VERIFY_TEXTS } from '../handwritten/verify.ts'
import { productOf } from '../products.ts'

export const HANDWRITTEN: Record<Family, readonly Written[]> = {
  ack: [...ACK_TEXTS, ...ACK_MORE],
  verify: [...VERIFY_TEXTS, ...VERIFY_MORE],
  subscribe: [...SUBSCRIBE_TEXTS, ...SUBSCRIBE_MORE],
  reset: [...RESET_TEXTS, ...RESET_MORE],
}

export type Origin = 'product' | 'handwritten' | 'composed'

export interface Wording {
  origin: Origin
  family: Family
  /** The product's name, or in-house/handwritten, in-house/composed. */
  product: string
  lang: Lang
  subject: string
  body: string
}

/** Tracks what a wave has used so no wording repeats across its companies. */
export interface WaveUse {
  handwritten: Set<Written>
  composed: Set<string>
}

export function productWording(family: Family, lang: Lang): Wording {
  const p = productOf(family)
  const [subject, body] = p.texts[lang]
  return { origin: 'product', family, product: p.product, lang, subject, body }
}

/** An unused hand-written text in one of `langs`, or null when the wave has used them all. */
export function handwrittenWording(
  rng: Random,
  family: Family,
  langs: readonly Lang[],
  use: WaveUse,
): Wording | null {
  const free = HANDWRITTEN[family].filter((t) => langs.includes(t[0]) && !use.handwritten.has(t))
  if (free.length === 0) return null
  const text = rng.pick(free)
  use.handwritten.add(text)
  return {
    origin: 'handwritten',
    family,
    product: 'in-house/handwritten',
    lang: text[0],
    subject: text[1],
    body: text[2],
  }
}

/** A composed text; sometimes its subject stays English over a body in the company's language. */
export function composedWording(
  rng: Random,
  family: Family,
  lang: Lang,
  use: WaveUse,
): Wording | null {
  const made = compose(rng, lang, family, use.composed)
  if (!made) return null
  const englishSubject = lang !== 'en' && rng.chance(0.15)
  const subject = englishSubject ? rng.pick(BLOCKS.en.subjects[family]) : made.subject
  return {
    origin: 'composed',
    family,
    product: 'in-house/composed',
    lang,
    subject,
    body: made.body,
  }
}
