// Which wording a wave company writes in: a real product's default (about a fifth), a
// hand-written text, or one composed from blocks. A company keeps its wording for the wave.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { BLOCKS_DE, BLOCKS_EN, BLOCKS_ES, BLOCKS_FR, type Blocks } from './blocks-a.ts'
import { BLOCKS_IT, BLOCKS_NL, BLOCKS_PT } from './blocks-b.ts'
import { HAND_HELPDESK, HAND_VERIFICATION } from './hand-a.ts'
import { HAND_RESET, HAND_SUBSCRIPTION } from './hand-b.ts'
import { productsOf } from './products.ts'
import type { Family, Sender } from './wording.ts'

export const HAND: Record<Family, Record<Lang, readonly string[]>> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

const BLOCKS: Record<Lang, Blocks> = {
  en: BLOCKS_EN,
  de: BLOCKS_DE,
  fr: BLOCKS_FR,
  es: BLOCKS_ES,
  pt: BLOCKS_PT,
  it: BLOCKS_IT,
  nl: BLOCKS_NL,
}

export type WordingSource = 'wording:product' | 'wording:handwritten' | 'wording:composed'

export interface CompanyWording {
  text: string
  source: WordingSource
  product: string
  /** The product's usual sender row; in-house wordings leave it to the company. */
  sender?: Sender
}

/** Subject, greeting, the family's sentence and next step, a closing; sometimes an emoji. */
export function compose(rng: Random, family: Family, lang: Lang): string {
  const b = BLOCKS[lang]
  let subject = rng.pick(b.subject[family])
  if (family === 'helpdesk' && !subject.includes('{ref}') && rng.chance(0.5)) subject += ' [#{ref}]'
  if (rng.chance(0.15)) subject = `${rng.pick(['✅', '📩', '🔔', '✉️'])} ${subject}`
  const greet = family === 'reset' && rng.chance(0.5) ? b.greet[1]! : rng.pick(b.greet)
  const body = [
    greet,
    '',
    `${rng.pick(b.sentence[family])} ${rng.pick(b.next[family])}`,
    '',
    rng.pick(b.close),
  ]
  return `${subject}\n${body.join('\n')}`
}

export function pickWording(rng: Random, family: Family, lang: Lang): CompanyWording {
  if (rng.chance(0.2)) {
    const product = rng.pick(productsOf(family))
    return {
      text: product.texts[lang],
      source: 'wording:product',
      product: product.product,
      sender: product.sender,
    }
  }
  if (rng.chance(0.55)) {
    const i = rng.int(0, HAND[family][lang].length - 1)
    return {
      text: HAND[family][lang][i]!,
      source: 'wording:handwritten',
      product: `hand-${family}-${lang}-${i + 1}`,
    }
  }
  return { text: compose(rng, family, lang), source: 'wording:composed', product: 'composed' }
}
