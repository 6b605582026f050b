// How a wave company words its mail: a product's default (a fifth of the time when the family
// has products), the family's hand-written text, or a composition of the blocks. A company draws
// its wording once per attack and keeps it for a second submission.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { BLOCKS, CLOSINGS, GREETINGS } from './composed-blocks.ts'
import { HAND_HELPDESK, HAND_VERIFICATION } from './hand-a.ts'
import { HAND_RESET, HAND_SUBSCRIPTION } from './hand-b.ts'
import { productsOf, type Product } from './products.ts'
import type { Family, PerLang, Wording } from './types.ts'

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface ChosenWording extends Wording {
  source: WordingSource
  /** The product's name, or `in-house`. */
  product: string
  productSender?: Product['sender']
}

const HAND: Record<Family, PerLang<Wording>> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

/** Helpdesk notices often echo the message in the subject; the others name the company. */
function composedSubject(rng: Random, family: Family, title: string): string {
  const patterns =
    family === 'helpdesk'
      ? [`${title}: {message}`, `[{company}] ${title}`, title]
      : [title, `{company}: ${title}`, `${title} – {company}`]
  return rng.pick(patterns)
}

export function composed(rng: Random, family: Family, lang: Lang): Wording {
  const block = BLOCKS[family][lang]
  const greetings = GREETINGS[lang]
  // A reset form takes only an address: its mail never greets by name.
  const greeting = family === 'reset' ? greetings[2]! : rng.pick(greetings)
  const body = [greeting, block.opening, block.action, rng.pick(CLOSINGS[lang])].join('\n\n')
  return { subject: composedSubject(rng, family, rng.pick(block.titles)), body }
}

export function chooseWording(rng: Random, family: Family, lang: Lang): ChosenWording {
  const products = productsOf(family)
  if (products.length > 0 && rng.chance(0.2)) {
    const product = rng.pick(products)
    return {
      ...product.texts[lang],
      source: 'product',
      product: product.product,
      productSender: product.sender,
    }
  }
  if (rng.chance(0.5)) return { ...HAND[family][lang], source: 'handwritten', product: 'in-house' }
  return { ...composed(rng, family, lang), source: 'composed', product: 'in-house' }
}
