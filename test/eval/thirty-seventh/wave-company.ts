// A wave company: its name, language, wording (a product's default, a hand-written text or a
// composed one, kept for the whole wave) and sender row. About a fifth of companies use a
// product's wording; of the rest, more are hand-written than composed.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { companyDomain, companyName } from './companies.ts'
import { composeWording } from './composed.ts'
import { HAND_B2B, HAND_TICKET, HAND_WEBCOPY } from './hand-desk.ts'
import { HAND_FORUM, HAND_OPTIN, HAND_RESET, HAND_SIGNUP } from './hand-join.ts'
import { productsOf } from './products.ts'
import { drawSenderKind, senderRow, type SenderRow } from './senders.ts'
import { VARIANTS_OF, wording, type Family, type Variant, type Wording } from './wording.ts'

export const HAND: Record<Variant, Record<Lang, readonly string[]>> = {
  ticket: HAND_TICKET,
  webcopy: HAND_WEBCOPY,
  b2b: HAND_B2B,
  signup: HAND_SIGNUP,
  forum: HAND_FORUM,
  optin: HAND_OPTIN,
  reset: HAND_RESET,
}

export type WordingSource = 'product' | 'handwritten' | 'composed'

export interface WaveCompany {
  stem: string
  name: string
  domain: string
  lang: Lang
  family: Family
  variant: Variant
  source: WordingSource
  /** The product's name, or `house/<variant>` for the company's own wording. */
  product: string
  text: Wording
  row: SenderRow
}

const VARIANT_WEIGHTS: Record<Family, readonly Variant[]> = {
  helpdesk: ['ticket', 'ticket', 'webcopy', 'b2b'],
  verification: ['signup', 'signup', 'forum'],
  subscription: ['optin'],
  reset: ['reset'],
}

export interface CompanyDraw {
  stem: string
  index: number
  lang: Lang
  family: Family
}

export function drawCompany(rng: Random, draw: CompanyDraw): WaveCompany {
  const { stem, index, lang, family } = draw
  const name = companyName(stem, lang, index)
  const domain = companyDomain(stem, lang, index)
  const company = { name, stem, domain }
  const r = rng.next()
  if (r < 0.2) {
    const product = rng.pick(productsOf(family))
    const kind = rng.chance(0.7) ? product.sender : drawSenderKind(rng)
    return {
      ...company,
      lang,
      family,
      variant: product.variant,
      source: 'product',
      product: product.product,
      text: wording(product.texts[lang]),
      row: senderRow(rng, company, family, kind, product.local),
    }
  }
  const variant = rng.pick(VARIANT_WEIGHTS[family])
  if (!VARIANTS_OF[family].includes(variant)) throw new Error(`variant ${variant} of ${family}`)
  const source: WordingSource = r < 0.62 ? 'handwritten' : 'composed'
  const text =
    source === 'handwritten'
      ? wording(HAND[variant][lang][index % HAND[variant][lang].length]!)
      : composeWording(rng, lang, variant)
  return {
    ...company,
    lang,
    family,
    variant,
    source,
    product: `house/${variant}`,
    text,
    row: senderRow(rng, company, family, drawSenderKind(rng)),
  }
}
