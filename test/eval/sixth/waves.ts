// One attack wave: 40–400 genuine mails from 20–150 made-up companies within 3–90 minutes, each
// company answering at least once and the rest repeated submissions. Payloads (one to three) in
// about three waves in four; the others carry only bland typed names and words.
import type { Random } from '../prng.ts'
import type { WaveKind } from '../types.ts'
import { arrivals, type ArrivalShape } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { fillFor } from './fill-values.ts'
import { labelled } from './label.ts'
import { SIXTH_LANGS, type SixthLang } from './langs.ts'
import { makePayload, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { fill, type Family, type Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { pickSender, type Sender } from './senders.ts'

const FAMILY_OF: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: SixthLang | 'multi'
  start: number
  person: Person
}

export interface WaveShape extends Part {
  waveId: string
  start: number
  end: number
  companies: number
  arrival: ArrivalShape
  payloads: number
}

interface Submitter {
  company: Company
  product: Product
  sender: Sender
  ticket: number
}

function submitters(rng: Random, spec: WaveSpec, count: number): Submitter[] {
  const taken = new Set<string>()
  const share = rng.int(70, 90) / 100
  return Array.from({ length: count }, () => {
    const lang =
      spec.lang === 'multi'
        ? rng.pick(SIXTH_LANGS)
        : rng.chance(share)
          ? spec.lang
          : rng.pick(SIXTH_LANGS)
    const company = pickCompanies(rng, lang, 1, taken)[0]!
    const family =
      spec.kind === 'e-mixed'
        ? rng.pick(['helpdesk', 'verification', 'subscription', 'reset'] as const)
        : FAMILY_OF[spec.kind]
    const product = rng.pick(productsOf(family))
    return {
      company,
      product,
      sender: pickSender(rng, product, company),
      ticket: rng.int(1000, 98_000),
    }
  })
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const size = rng.int(40, 400)
  const companyCount = rng.int(20, Math.min(150, size))
  const arrival: ArrivalShape = rng.chance(0.2) ? 'slow' : rng.pick(['burst-tail', 'two-bursts'])
  const span = arrival === 'slow' ? rng.int(45, 90) : rng.int(3, 40)
  const list = submitters(rng, spec, companyCount)
  const payloads: Payload[] = rng.chance(0.75)
    ? Array.from({ length: rng.int(1, 3) }, () =>
        makePayload(rng, spec.lang === 'multi' ? 'en' : spec.lang),
      )
    : []
  const order = rng.shuffle([
    ...list,
    ...Array.from({ length: size - companyCount }, () => rng.pick(list)),
  ])
  const times = arrivals(rng, arrival, size, span)
  const part = emptyPart()
  order.forEach((s, i) => {
    s.ticket += 1 + rng.int(0, 3)
    const payload = payloads.length > 0 ? rng.pick(payloads) : null
    const values = fillFor(rng, s.product, s.company, spec.person.address, s.ticket, payload)
    const text = s.product.texts[s.company.lang]
    const id = `${spec.waveId}-${String(i).padStart(3, '0')}`
    const base = {
      label: 'wave' as const,
      family: s.product.family,
      product: s.product.product,
      waveId: spec.waveId,
      payload: payload && s.product.echo !== 'none' ? payload.label : 'none',
    }
    add(
      part,
      record({
        id,
        at: spec.start + times[i]!,
        from: s.sender.from,
        subject: fill(text.subject, values),
        body: fill(text.body, values),
        to: spec.person.address,
      }),
      labelled(base, s.company.lang, s.sender.shape),
    )
  })
  return {
    ...part,
    waveId: spec.waveId,
    start: spec.start,
    end: spec.start + span * MINUTE,
    companies: companyCount,
    arrival,
    payloads: payloads.length,
  }
}
