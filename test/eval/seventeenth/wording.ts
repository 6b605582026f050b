// Which words a company of the wave uses: a product's default (never for request checks, and at
// most a fifth of the companies), else one of the hand-written texts of its language not yet
// taken in this wave, else a composed wording unique in the wave.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { WordingKind } from './compose/blocks.ts'
import { composeWording, type Template } from './compose/index.ts'
import { PRODUCTS, type Family, type Product } from './products.ts'
import { HAND_TEXTS, templateOf } from './texts/index.ts'

export const FAMILY_OF: Record<WordingKind, Family> = {
  request: 'helpdesk',
  ack: 'helpdesk',
  account: 'verification',
  subscription: 'subscription',
  reset: 'reset',
}

export interface Wording {
  kind: WordingKind
  source: 'product' | 'hand' | 'composed'
  product: Product | null
  template: Template
  /** The label's product: the product's name, or "in-house <kind> (hand|composed)". */
  name: string
}

/** One wave's taken texts, so no two companies of a wave share a wording. */
export interface WordingPool {
  hand: Set<string>
  composed: Set<string>
}

export function emptyPool(): WordingPool {
  return { hand: new Set(), composed: new Set() }
}

const echoes = (subject: string) => /\{(title|name)\}/u.test(subject)

function productFor(rng: Random, kind: WordingKind, subjectEcho: boolean): Product | null {
  if (kind === 'request') return null
  const fit = PRODUCTS.filter(
    (p) => p.family === FAMILY_OF[kind] && (!subjectEcho || echoes(templateOf(p.texts.en).subject)),
  )
  return fit.length > 0 ? rng.pick(fit) : null
}

export function chooseWording(
  rng: Random,
  pool: WordingPool,
  lang: Lang,
  kind: WordingKind,
  subjectEcho: boolean,
): Wording {
  const product = rng.chance(0.2) ? productFor(rng, kind, subjectEcho) : null
  if (product)
    return {
      kind,
      source: 'product',
      product,
      template: templateOf(product.texts[lang]),
      name: product.product,
    }
  const free = HAND_TEXTS[kind][lang]
    .map((text, i) => ({ key: `${kind}/${lang}/${i}`, template: templateOf(text) }))
    .filter((t) => !pool.hand.has(t.key) && (!subjectEcho || echoes(t.template.subject)))
  if (free.length > 0 && rng.chance(0.9)) {
    const chosen = rng.pick(free)
    pool.hand.add(chosen.key)
    return {
      kind,
      source: 'hand',
      product: null,
      template: chosen.template,
      name: `in-house ${kind} (hand)`,
    }
  }
  let template = composeWording(rng, lang, kind, pool.composed)
  for (let i = 0; i < 30 && subjectEcho && !echoes(template.subject); i++)
    template = composeWording(rng, lang, kind, pool.composed)
  if (subjectEcho && !echoes(template.subject))
    template = { ...template, subject: `"{title}" – ${template.subject}` }
  return { kind, source: 'composed', product: null, template, name: `in-house ${kind} (composed)` }
}
