// One relay wave: 20-150 companies (each with one product of the wave's family, in the wave's
// language or, for a multilingual wave, its own), 40-400 mails with repeated submissions per
// company, spread over 3-90 minutes (or several hours for a slow wave), with or without payload.
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import type { Random } from '../prng.ts'
import { offsets, ARRIVALS } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { fieldsFor } from './fields.ts'
import { blandPayload, randomPayload, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { FAMILIES, fill, type Family, type Product } from './product.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { fromField, linkHost, pickShape, senderClass, type SenderShape } from './senders.ts'

export interface WaveOptions {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  slow: boolean
}

export interface WaveShape extends Part {
  start: number
  end: number
  companies: number
  mails: number
  payload: string
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
  shape: SenderShape
  /** Fixed per company: repeated submissions come from the same sender row. */
  from: string
}

function senders(rng: Random, options: WaveOptions, count: number): Sender[] {
  const langs = Array.from({ length: count }, () =>
    options.lang === 'multi' ? rng.pick(LANGUAGES) : options.lang,
  )
  const family = FAMILY_OF[options.kind]
  return pickCompanies(rng, langs).map((company) => {
    const product = rng.pick(productsOf(family ?? rng.pick(FAMILIES)))
    const shape = pickShape(rng)
    return { company, product, shape, from: fromField(shape, company, product, rng) }
  })
}

/** Which sender each mail comes from: every company once, the rest repeated submissions. */
function submissions(rng: Random, companies: number, mails: number): number[] {
  const order = Array.from({ length: companies }, (_, i) => i)
  const heavy = rng.shuffle(order).slice(0, Math.max(1, Math.floor(companies / 3)))
  for (let i = companies; i < mails; i++) order.push(rng.pick(heavy))
  return rng.shuffle(order)
}

export function buildWave(rng: Random, options: WaveOptions): WaveShape {
  const companies = rng.int(20, 150)
  const mails = rng.int(Math.max(40, companies + 5), Math.min(400, companies * 3))
  const span = (options.slow ? rng.int(150, 300) : rng.int(3, 90)) * MINUTE
  const payloadLang = options.lang === 'multi' ? rng.pick(LANGUAGES) : options.lang
  const payload: Payload = rng.chance(0.65)
    ? randomPayload(rng, payloadLang)
    : blandPayload(payloadLang)
  const list = senders(rng, options, companies)
  const times = offsets(rng, rng.pick(ARRIVALS), mails)
  const part = emptyPart()
  submissions(rng, companies, mails).forEach((which, i) => {
    const { company, product, shape, from } = list[which]!
    const at = options.start + Math.round(times[i]! * span)
    const fields = fieldsFor(rng, {
      name: payload.name(rng),
      subject: payload.subject(rng),
      email: options.person.address,
      company,
      product,
      host: linkHost(shape, company, product),
      at,
    })
    const text = product.texts[company.lang]
    const id = `${options.waveId}-${String(i).padStart(3, '0')}`
    add(
      part,
      record(
        id,
        at,
        from,
        fill(text.subject, fields),
        fill(text.body, fields),
        options.person.address,
      ),
      {
        label: 'wave',
        lang: company.lang,
        family: product.family,
        product: product.product,
        waveId: options.waveId,
        sender: senderClass(shape),
        payload: payload.label,
      },
    )
  })
  return {
    ...part,
    start: options.start,
    end: options.start + span,
    companies,
    mails,
    payload: payload.label,
  }
}
