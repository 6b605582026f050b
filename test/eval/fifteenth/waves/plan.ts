// The companies of one wave and how often each answers: product companies (about one in seven),
// hand-written in-house companies (more submissions each, so that at least half of the in-house
// mail is hand-written) and composed in-house companies.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { pickCompanies, type Company } from '../companies.ts'
import type { Family } from '../composed/blocks.ts'
import { productOf } from '../products.ts'
import { inHouseSender, type Sender } from './senders.ts'
import {
  composedWording,
  handwrittenWording,
  productWording,
  type WaveUse,
  type Wording,
} from './wording.ts'

export interface Planned {
  company: Company
  wording: Wording
  sender: Sender
  submissions: number
}

function productSender(c: Company, family: Family): Sender {
  const p = productOf(family)
  return { from: p.from(c.name, c.domain, c.slug), shape: p.sender }
}

function wordingFor(
  rng: Random,
  c: Company,
  family: Family,
  langs: readonly Lang[],
  role: 'product' | 'handwritten' | 'composed',
  use: WaveUse,
): Wording {
  if (role === 'product') return productWording(family, c.lang)
  if (role === 'handwritten') {
    const w = handwrittenWording(rng, family, langs.length > 1 ? langs : [c.lang], use)
    if (w) return w
  }
  const composed = composedWording(rng, family, c.lang, use)
  return composed ?? productWording(family, c.lang)
}

export function planWave(
  rng: Random,
  families: readonly Family[],
  langs: readonly Lang[],
  count: number,
): Planned[] {
  const use: WaveUse = { handwritten: new Set(), composed: new Set() }
  const companies = pickCompanies(rng, langs, count)
  const plan = companies.map((company, i): Planned => {
    const family = families[i % families.length]!
    const roll = rng.next()
    const role = roll < 0.14 ? 'product' : roll < 0.5 ? 'handwritten' : 'composed'
    const wording = wordingFor(rng, company, family, langs, role, use)
    const sender =
      wording.origin === 'product'
        ? productSender(company, family)
        : inHouseSender(rng, company, family)
    const submissions =
      wording.origin === 'handwritten'
        ? rng.int(3, 8)
        : rng.int(1, wording.origin === 'product' ? 2 : 3)
    return { company, wording, sender, submissions }
  })
  balance(rng, plan)
  return plan
}

const mails = (plan: readonly Planned[], origin: Wording['origin']) =>
  plan.filter((p) => p.wording.origin === origin).reduce((sum, p) => sum + p.submissions, 0)

/** More submissions to hand-written companies until they carry half the in-house mail. */
function balance(rng: Random, plan: Planned[]): void {
  const hand = plan.filter((p) => p.wording.origin === 'handwritten')
  if (hand.length === 0) return
  while (mails(plan, 'handwritten') < mails(plan, 'composed')) rng.pick(hand).submissions++
}
