// One relay wave: 40-400 mails from 20-150 made-up companies within 3-90 minutes, each company
// answering at least once (the rest are repeated submissions), in the family of the wave's kind,
// carrying the attacker's payload where the product repeats typed input.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { arrivalTimes, spanFor, type Arrival } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { valuesFor } from './fill-values.ts'
import { planPayloads, typedFor } from './payload-plan.ts'
import type { Person } from './people.ts'
import { fill, FAMILIES, type Family, type Product } from './product.ts'
import { productsOf, PRODUCTS } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { senderOf, type Sender } from './senders.ts'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  arrival: Arrival
}

export interface WaveShape extends Part {
  end: number
  size: number
  companies: number
  spanMinutes: number
  arrival: Arrival
  payloads: string[]
  /** How many mails each company sent (at least one; more are repeated submissions). */
  perCompany: number[]
}

const KIND_FAMILY: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

function productsFor(kind: WaveKind): readonly Product[] {
  return kind === 'e-mixed' ? PRODUCTS : productsOf(KIND_FAMILY[kind])
}

interface Member {
  company: Company
  product: Product
  sender: Sender
  ticket: number
}

function members(rng: Random, spec: WaveSpec, count: number): Member[] {
  const taken = new Set<string>()
  const share = rng.int(75, 90) / 100
  const langs: Lang[] = Array.from({ length: count }, () =>
    spec.lang !== 'multi' && rng.chance(share)
      ? spec.lang
      : rng.pick(LANGUAGES.filter((l) => l !== spec.lang)),
  )
  const products = productsFor(spec.kind)
  // Mixed waves draw a family first so that every family is present in every mixed wave.
  const pickProduct = (i: number) =>
    spec.kind === 'e-mixed'
      ? rng.pick(productsOf(FAMILIES[i % FAMILIES.length]!))
      : rng.pick(products)
  return langs.map((lang, i) => {
    const company = pickCompanies(rng, lang, 1, taken)[0]!
    const product = pickProduct(i)
    return {
      company,
      product,
      sender: senderOf(rng, product, company),
      ticket: rng.int(1_000, 98_000),
    }
  })
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const size = rng.int(40, 400)
  const count = rng.int(20, Math.min(150, size))
  const spanMinutes = spanFor(rng, spec.arrival)
  const crew = members(rng, spec, count)
  const order = rng.shuffle([
    ...crew.map((_, i) => i),
    ...Array.from({ length: size - count }, () => rng.int(0, count - 1)),
  ])
  const times = arrivalTimes(rng, spec.arrival, spec.start, size, spanMinutes)
  const plan = planPayloads(rng, spec.lang === 'multi' ? rng.pick(LANGUAGES) : spec.lang)
  const part = emptyPart()
  order.forEach((m, i) => {
    const member = crew[m]!
    member.ticket += rng.int(1, 40)
    const typed = typedFor(rng, plan, member.product.echo, member.company.lang)
    const values = valuesFor(rng, member.company, typed, member.ticket, spec.person.address)
    const text = member.product.texts[member.company.lang]
    const id = `${spec.waveId}-${String(i).padStart(3, '0')}`
    const label: MailLabel = {
      label: 'wave',
      lang: member.company.lang,
      family: member.product.family,
      product: member.product.product,
      waveId: spec.waveId,
      sender: member.sender.shape,
      payload: typed.payload,
    }
    const at = times[i]! + rng.int(0, 59) * 1_000
    const body = fill(text.body, values)
    add(
      part,
      record(id, at, member.sender.from, fill(text.subject, values), body, spec.person.address),
      label,
    )
  })
  return {
    ...part,
    end: times[times.length - 1]! + MINUTE,
    size,
    companies: count,
    spanMinutes,
    arrival: spec.arrival,
    payloads: plan.payloads.map((p) => `${p.kind}/${p.disguise}`),
    perCompany: crew.map((_, m) => order.filter((o) => o === m).length),
  }
}
