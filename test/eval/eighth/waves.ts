// One relay wave: 20-150 companies answer forms the attacker filled with the person's address,
// 40-400 mails in 3-90 minutes, every company at least once and the rest repeated submissions.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { arrivals, type ArrivalShape } from './arrival.ts'
import { pickCompanies, type Company } from './companies.ts'
import { planPayloads, typedFill, type PayloadPlan } from './fill-values.ts'
import type { Person } from './people.ts'
import type { Family, Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { pickShape, senderOf, type Sender } from './senders.ts'

const FAMILY: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}
const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  slow: boolean
}

export interface WaveShape extends Part {
  size: number
  companies: number
  spanMinutes: number
  arrival: ArrivalShape
  payloads: PayloadPlan[]
  end: number
}

interface Responder {
  company: Company
  product: Product
  sender: Sender
  plan: PayloadPlan | null
  ref: number
}

function companyLangs(rng: Random, lang: Lang | 'multi', count: number): Lang[] {
  const share = rng.int(70, 90) / 100
  return Array.from({ length: count }, () =>
    lang === 'multi' || !rng.chance(share) ? rng.pick(LANGUAGES) : lang,
  )
}

function responders(rng: Random, spec: WaveSpec, count: number, plans: PayloadPlan[]): Responder[] {
  return pickCompanies(rng, companyLangs(rng, spec.lang, count)).map((company) => {
    const family = spec.kind === 'e-mixed' ? rng.pick(FAMILIES) : FAMILY[spec.kind]
    const product = rng.pick(productsOf(family))
    const sender = senderOf(rng, pickShape(rng), product, company)
    const plan = plans.length > 0 ? rng.pick(plans) : null
    return { company, product, sender, plan, ref: rng.int(10_000, 989_999) }
  })
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const count = rng.int(20, 150)
  const size = Math.min(400, Math.max(40, count + rng.int(Math.round(count * 0.1), count * 2)))
  const plans = planPayloads(rng, spec.lang, rng.chance(0.7))
  const list = responders(rng, spec, count, plans)
  const order = rng.shuffle([
    ...list.map((_, i) => i),
    ...Array.from({ length: size - count }, () => rng.int(0, count - 1)),
  ])
  const arrival = arrivals(rng, size, spec.slow)
  const part = emptyPart()
  order.forEach((index, i) => {
    const r = list[index]!
    r.ref += rng.int(1, 40)
    const typed = typedFill(rng, r.company, r.product.echo, r.plan, spec.person.address, r.ref)
    const text = r.product.texts[r.company.lang](typed.fill)
    const id = `${spec.waveId}-${i}`
    const at = spec.start + arrival.offsets[i]!
    add(part, record(id, at, r.sender.from, text.subject, text.body, spec.person.address), {
      label: 'wave',
      lang: r.company.lang,
      family: r.product.family,
      product: r.product.product,
      waveId: spec.waveId,
      sender: r.sender.label,
      payload: typed.payload,
    })
  })
  return {
    ...part,
    size,
    companies: count,
    spanMinutes: arrival.spanMinutes,
    arrival: arrival.shape,
    payloads: plans,
    end: spec.start + arrival.offsets[size - 1]!,
  }
}
