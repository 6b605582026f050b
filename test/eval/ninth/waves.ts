// One relay wave: an attacker puts the person's address into the forms of many companies, each
// answering with its product's default mail (sometimes twice or more: repeated submissions),
// the name and subject fields carrying a payload in some waves and a bland name in others.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel, WaveKind } from '../types.ts'
import { offsets, type Arrival } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { disguise, DISGUISES, type Disguise } from './disguise.ts'
import { BLAND, PAYLOAD_KINDS, payloadText, type PayloadKind } from './payloads.ts'
import type { Person } from './people.ts'
import type { Family, Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, digits, emptyPart, hexToken, record, type Part } from './records.ts'
import { senderFor } from './senders.ts'

const FAMILIES: Record<WaveKind, readonly Family[]> = {
  'a-acknowledgement': ['helpdesk'],
  'b-verification': ['verification'],
  'c-subscription': ['subscription'],
  'd-reset': ['reset'],
  'e-mixed': ['helpdesk', 'verification', 'subscription', 'reset'],
}

/** A subject a no-payload wave types into the forms. */
const BLAND_FIELD: Record<Lang, string> = {
  en: 'Hello',
  de: 'Anfrage',
  fr: 'Bonjour',
  es: 'Consulta',
  pt: 'Olá',
  it: 'Informazioni',
  nl: 'Vraag',
}

export interface WavePlan {
  waveId: string
  kind: WaveKind
  langs: readonly Lang[]
  start: number
  person: Person
  arrival: Arrival
  /** null: a wave with no payload at all. */
  payload: { kind: PayloadKind; disguise: Disguise } | null
}

export interface WaveShape extends Part {
  waveId: string
  start: number
  end: number
  mails: number
  companies: number
  arrival: Arrival
}

export function planPayload(rng: Random, withPayload: boolean): WavePlan['payload'] {
  if (!withPayload) return null
  return { kind: rng.pick(PAYLOAD_KINDS), disguise: rng.pick(DISGUISES) }
}

function sizes(rng: Random, arrival: Arrival): { companies: number; mails: number; span: number } {
  const companies = rng.int(20, 150)
  const mails = Math.max(40, Math.min(400, Math.round(companies * (1.1 + rng.next() * 1.6))))
  const span = (arrival === 'slow' ? rng.int(70, 90) : rng.int(3, 60)) * MINUTE
  return { companies, mails, span }
}

/** Every company answers once; the rest are repeated submissions to random companies. */
function submissions(rng: Random, companies: readonly Company[], mails: number): Company[] {
  const extra = Array.from({ length: mails - companies.length }, () => rng.pick(companies))
  return rng.shuffle([...companies, ...extra])
}

function texts(rng: Random, plan: WavePlan, c: Company, p: Product) {
  const bland = rng.pick(BLAND[c.lang])
  const attack = plan.payload
    ? disguise(rng, payloadText(rng, plan.payload.kind, c.lang), plan.payload.disguise)
    : null
  return p.texts[c.lang]({
    company: c.name,
    domain: c.domain,
    name: attack && p.echo === 'name' ? attack : bland,
    field: attack ?? BLAND_FIELD[c.lang],
    email: plan.person.address,
    ref: digits(rng, rng.int(4, 7)),
    code: digits(rng, 6),
    token: hexToken(rng),
  })
}

export function buildWave(rng: Random, plan: WavePlan): WaveShape {
  const size = sizes(rng, plan.arrival)
  const companies = pickCompanies(rng, plan.langs, size.companies)
  const products = new Map(
    companies.map((c) => [c.slug, rng.pick(FAMILIES[plan.kind].flatMap(productsOf))]),
  )
  const times = offsets(rng, plan.arrival, size.mails, size.span)
  const part = emptyPart()
  submissions(rng, companies, size.mails).forEach((c, i) => {
    const p = products.get(c.slug)!
    const sender = senderFor(rng, c, p)
    const text = texts(rng, plan, c, p)
    const label: MailLabel = {
      label: 'wave',
      lang: c.lang,
      family: p.family,
      product: p.product,
      waveId: plan.waveId,
      sender: sender.shape,
      payload: plan.payload ? `${plan.payload.kind}/${plan.payload.disguise}` : 'none',
    }
    const id = `${plan.waveId}-${i}`
    add(
      part,
      record(id, plan.start + times[i]!, sender.from, text.subject, text.body, plan.person.address),
      label,
    )
  })
  return {
    ...part,
    waveId: plan.waveId,
    start: plan.start,
    end: plan.start + size.span,
    mails: size.mails,
    companies: companies.length,
    arrival: plan.arrival,
  }
}
