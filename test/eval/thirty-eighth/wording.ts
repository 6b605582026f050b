// One wording per company for the whole wave: about a fifth from a real product's default (when
// the variant has one), the rest hand-written or composed from blocks, each filled the same way.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { CLOSINGS, CORES, GREETINGS } from './blocks.ts'
import { HAND_A } from './hand-a.ts'
import { HAND_B } from './hand-b.ts'
import { HAND_C } from './hand-c.ts'
import { HAND_D } from './hand-d.ts'
import { PRODUCTS, type Product } from './products.ts'
import { FAMILY_OF, type Variant, type WordingSource } from './wording-types.ts'

export interface Wording {
  source: WordingSource
  variant: Variant
  family: string
  /** A product's name, or `in-house <variant>`. */
  product: string
  subject: string
  body: string
  /** The sender row a product's company usually has. */
  usualSender?: Product['sender']
}

function split(text: string): { subject: string; body: string } {
  const bar = text.indexOf('|')
  return { subject: text.slice(0, bar), body: text.slice(bar + 1) }
}

const EMOJI = ['', '', '✅ ', '📩 ', '👋 ']

function composed(rng: Random, variant: Variant, lang: Lang): { subject: string; body: string } {
  const [first, second, core] = CORES[variant][lang].split('|') as [string, string, string]
  const subject = `${rng.pick(EMOJI)}${rng.chance(0.5) ? first : second}`
  const body = [rng.pick(GREETINGS[lang]), core, rng.pick(CLOSINGS[lang])].join('\n\n')
  return { subject: rng.chance(0.2) ? `${subject} [{ref}]` : subject, body }
}

/** Every hand-written text of a variant and language (two each). */
export function handTexts(variant: Variant, lang: Lang): string[] {
  return [HAND_A, HAND_B, HAND_C, HAND_D].flatMap((set) =>
    set[variant] ? [set[variant][lang]] : [],
  )
}

function handWritten(rng: Random, variant: Variant, lang: Lang): { subject: string; body: string } {
  return split(rng.pick(handTexts(variant, lang)))
}

export function wordingFor(rng: Random, variant: Variant, lang: Lang): Wording {
  const family = FAMILY_OF[variant]
  const products = PRODUCTS.filter((p) => p.variant === variant)
  const base = { variant, family, product: `in-house ${variant}` }
  // Variants with a product take it a bit more often, so products make about a fifth overall.
  if (products.length > 0 && rng.chance(variant === 'enquiry' ? 0.45 : 0.27)) {
    const product = rng.pick(products)
    return {
      ...base,
      source: 'product',
      product: product.product,
      usualSender: product.sender,
      ...split(product.texts[lang]),
    }
  }
  if (rng.chance(0.5)) return { ...base, source: 'handwritten', ...handWritten(rng, variant, lang) }
  return { ...base, source: 'composed', ...composed(rng, variant, lang) }
}
