// The companies of one campaign: each gets a family (by the scenario's kind), a wording it keeps
// for the whole campaign (a product's default, a hand-written text or a composed one), a sender
// row it keeps, a second address, and the kind of trail it leaves (what its software sends after).
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import { companyDomain, companyName, STEMS } from './companies.ts'
import { composed, COMPOSED_VARIANTS } from './composed.ts'
import { HAND_A } from './hand-a.ts'
import { HAND_B } from './hand-b.ts'
import { productsOf, type Product } from './products.ts'
import { otherRow, pickKind, senderRow, type SenderRow } from './senders.ts'
import { FAMILIES, type Family, type Wording } from './types.ts'

export type Profile =
  | 'ticket-full'
  | 'ticket-inactive'
  | 'ticket-solved'
  | 'remind-full'
  | 'remind-short'
  | 'direct'
  | 'optin-reminder'
  | 'none'

export interface Company {
  id: string
  lang: Lang
  name: string
  domain: string
  stem: string
  family: Family
  product: Product | null
  source: 'product' | 'handwritten' | 'composed'
  wording: Wording
  row: SenderRow
  notice: SenderRow
  marketing: SenderRow
  profile: Profile
}

const HAND = { ...HAND_A, ...HAND_B }

const PROFILES: Record<Family, readonly [Profile, number][]> = {
  helpdesk: [
    ['ticket-full', 0.35],
    ['ticket-inactive', 0.2],
    ['ticket-solved', 0.2],
    ['none', 0.25],
  ],
  verification: [
    ['remind-full', 0.32],
    ['remind-short', 0.28],
    ['direct', 0.12],
    ['none', 0.28],
  ],
  subscription: [
    ['optin-reminder', 0.55],
    ['direct', 0.1],
    ['none', 0.35],
  ],
  reset: [['none', 1]],
}

function weighted<T>(rng: Random, list: readonly (readonly [T, number])[]): T {
  let r = rng.next()
  for (const [value, weight] of list) if ((r -= weight) < 0) return value
  return list[list.length - 1]![0]
}

export function familyFor(rng: Random, kind: WaveKind): Family {
  if (kind === 'e-mixed' || rng.chance(0.2)) return rng.pick(FAMILIES)
  const index = ['a-acknowledgement', 'b-verification', 'c-subscription', 'd-reset'].indexOf(kind)
  return FAMILIES[index]!
}

export function wordingFor(rng: Random, lang: Lang, family: Family) {
  const products = productsOf(family)
  // Reset forms have no product here, so the others take a larger share to keep about 20 %.
  if (products.length > 0 && rng.chance(0.27)) {
    const product = rng.pick(products)
    return { product, source: 'product' as const, wording: product.texts[lang] }
  }
  if (rng.chance(0.5))
    return { product: null, source: 'handwritten' as const, wording: rng.pick(HAND[lang][family]) }
  const variant = rng.int(0, COMPOSED_VARIANTS - 1)
  return { product: null, source: 'composed' as const, wording: composed(lang, family, variant) }
}

/** Hands out companies for one campaign, never the same stem and sector twice. */
export class Roster {
  private readonly used = new Set<string>()
  private readonly stems: string[]
  constructor(private readonly rng: Random) {
    this.stems = rng.shuffle(STEMS)
  }

  next(lang: Lang, family: Family): Company {
    const rng = this.rng
    let stem = rng.pick(this.stems)
    let sector = rng.int(0, 7)
    while (this.used.has(`${stem}/${sector}`)) {
      stem = rng.pick(this.stems)
      sector = rng.int(0, 7)
    }
    this.used.add(`${stem}/${sector}`)
    const who = {
      stem,
      name: companyName(stem, lang, sector),
      domain: companyDomain(stem, lang, sector),
    }
    const chosen = wordingFor(rng, lang, family)
    const kind = chosen.product && rng.chance(0.7) ? chosen.product.usual : pickKind(rng)
    return {
      id: `${stem}-${sector}`,
      lang,
      ...who,
      family,
      ...chosen,
      row: senderRow(rng, who, family, kind),
      notice: otherRow(rng, who, 'notice'),
      marketing: otherRow(rng, who, 'marketing'),
      profile: weighted(rng, PROFILES[family]),
    }
  }
}
