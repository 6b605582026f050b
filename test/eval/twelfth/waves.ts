// One relay wave: 20-150 companies, 40-400 mails (every company at least once, a third of them
// submitted again and again) over 3-90 minutes, or 2.5-5 hours for a slow wave. Each company
// keeps one product of the wave's family and one sender row; the payload (or a bland name) is
// what the attacker typed into the name and subject fields.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type MailLabel, type WaveKind } from '../types.ts'
import { offsets, ARRIVALS, type Arrival } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { disguise, type Disguise } from './disguise.ts'
import { BLAND_NAMES, BLAND_TOPICS, payloadText, type PayloadKind } from './payloads.ts'
import type { Person } from './people.ts'
import { FAMILIES, type Family, type Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { senderRow, type SenderRow } from './senders.ts'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  slow: boolean
  payload: { kind: PayloadKind; disguise: Disguise } | null
}

export interface WaveShape extends Part {
  companies: number
  mails: number
  start: number
  end: number
  arrival: Arrival
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

interface Sender {
  company: Company
  product: Product
  row: SenderRow
  ticket: number
}

function senders(rng: Random, spec: WaveSpec, count: number): Sender[] {
  const langs = spec.lang === 'multi' ? LANGUAGES : [spec.lang]
  const displayCount = Math.ceil(count * 0.18)
  return pickCompanies(rng, langs, count).map((company, i) => {
    const family = FAMILY_OF[spec.kind] ?? rng.pick(FAMILIES)
    const product = rng.pick(productsOf(family))
    const row = senderRow(rng, company, product, i < displayCount)
    return { company, product, row, ticket: rng.int(1_000, 98_000) }
  })
}

/** Every company once, then the repeat submissions of a third of them, shuffled. */
function submissions(rng: Random, list: readonly Sender[], mails: number): Sender[] {
  const repeaters = rng.shuffle(list).slice(0, Math.max(1, Math.ceil(list.length / 3)))
  const extra = Array.from({ length: mails - list.length }, () => rng.pick(repeaters))
  return rng.shuffle([...list, ...extra])
}

function fields(rng: Random, spec: WaveSpec, lang: Lang): { name: string; topic: string } {
  if (!spec.payload)
    return { name: rng.pick(BLAND_NAMES[lang]), topic: rng.pick(BLAND_TOPICS[lang]) }
  const text = (v: number) =>
    disguise(payloadText(spec.payload!.kind, lang, v), spec.payload!.disguise)
  return { name: text(rng.int(0, 3)), topic: text(rng.int(0, 3)) }
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const companies = rng.int(20, 150)
  const mails = rng.int(
    Math.max(40, companies + Math.ceil(companies / 3)),
    Math.min(400, companies * 3),
  )
  const span = (spec.slow ? rng.int(150, 300) : rng.int(3, 90)) * MINUTE
  const arrival = rng.pick(ARRIVALS)
  const times = offsets(rng, mails, span, arrival)
  const part = emptyPart()
  submissions(rng, senders(rng, spec, companies), mails).forEach((s, i) => {
    s.ticket += rng.int(1, 40)
    const lang = s.company.lang
    const typed = fields(rng, spec, lang)
    const written = s.product.texts[lang]({
      company: s.company,
      ...typed,
      email: spec.person.address,
      ticket: s.ticket,
      code: String(rng.int(100_000, 999_999)),
      link: `https://${s.row.host}/${rng.pick(['confirm', 'verify', 'c', 'auth'])}/${rng.int(1e8, 9e8).toString(36)}`,
    })
    const id = `${spec.waveId}-${i}`
    const at = spec.start + times[i]!
    const label: MailLabel = {
      label: 'wave',
      lang,
      family: s.product.family,
      product: s.product.product,
      waveId: spec.waveId,
      sender: s.row.sender,
      ...(spec.payload ? { payload: `${spec.payload.kind}/${spec.payload.disguise}` } : {}),
    }
    add(part, record(id, at, s.row.from, written.subject, written.body, spec.person.address), label)
  })
  return { ...part, companies, mails, start: spec.start, end: spec.start + span, arrival }
}
