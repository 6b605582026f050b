// One relay wave: 40–400 genuine automated mails from 20–150 made-up companies within 3–90
// minutes, every company answering at least once and some several times (repeated submissions,
// the ticket or entry number moving on). Each company writes through one product of the wave's
// family in its own language and from one sender shape.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { offsets, spanMinutes, type Arrival } from './arrival.ts'
import { pickCompanies, type Company } from './companies.ts'
import { wavePayloads, type Payload } from './payloads/index.ts'
import type { Person } from './people.ts'
import { FAMILIES, type Ctx, type Family, type Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, type Part } from './records.ts'
import { pickShape, senderOf, type SenderShape } from './senders.ts'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  arrival: Arrival
  bland: boolean
}

export interface WaveShape extends Part {
  end: number
  companies: number
  size: number
  payloads: Payload[]
}

interface Sender {
  company: Company
  product: Product
  shape: SenderShape
  from: string
  payload: Payload
  ref: number
}

const KIND_FAMILY: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

function companyLangs(rng: Random, lang: Lang | 'multi', count: number): Lang[] {
  if (lang === 'multi') return Array.from({ length: count }, () => rng.pick(LANGUAGES))
  const share = 0.7 + rng.next() * 0.2
  return Array.from({ length: count }, () =>
    rng.chance(share) ? lang : rng.pick(LANGUAGES.filter((l) => l !== lang)),
  )
}

function senders(rng: Random, spec: WaveSpec, count: number, payloads: Payload[]): Sender[] {
  const family = KIND_FAMILY[spec.kind]
  return pickCompanies(rng, companyLangs(rng, spec.lang, count)).map((company) => {
    const product = rng.pick(productsOf(family ?? rng.pick(FAMILIES)))
    const shape = pickShape(rng)
    const from = senderOf(rng, shape, product, company)
    return {
      company,
      product,
      shape,
      from,
      payload: rng.pick(payloads),
      ref: rng.int(10_000, 990_000),
    }
  })
}

function ctxOf(rng: Random, s: Sender, person: Person): Ctx {
  s.ref += rng.int(1, 40)
  const token = Math.floor(rng.next() * 36 ** 8).toString(36)
  return {
    company: s.company.name,
    domain: s.company.domain,
    name: s.payload.name,
    typed: s.payload.subject,
    message: s.payload.message,
    email: person.address,
    ref: String(s.ref),
    code: String(rng.int(100_000, 999_999)),
    link: `https://${s.company.domain}/confirm/${token}`,
  }
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const companies = rng.int(20, 150)
  const size = Math.min(
    400,
    Math.max(40, companies + rng.int(Math.ceil(companies * 0.15), companies * 2)),
  )
  const payloads = wavePayloads(
    rng,
    spec.lang === 'multi' ? spec.person.lang : spec.lang,
    spec.bland,
  )
  const list = senders(rng, spec, companies, payloads)
  const order = rng.shuffle([
    ...list,
    ...Array.from({ length: size - companies }, () => rng.pick(list)),
  ])
  const times = offsets(rng, spec.arrival, size, spanMinutes(rng, spec.arrival))
  const part = emptyPart()
  order.forEach((s, i) => {
    const text = s.product.texts[s.company.lang](ctxOf(rng, s, spec.person))
    const echoes = s.product.echo.length > 0 && s.payload.kind !== 'none'
    add(
      part,
      {
        id: `${spec.waveId}-${i}`,
        at: spec.start + times[i]!,
        from: s.from,
        to: spec.person.address,
        ...text,
      },
      {
        label: 'wave',
        lang: s.company.lang,
        family: s.product.family,
        product: s.product.product,
        waveId: spec.waveId,
        sender: s.shape,
        payload: echoes ? s.payload.label : 'none',
      },
    )
  })
  return { ...part, end: spec.start + times[size - 1]!, companies, size, payloads }
}
