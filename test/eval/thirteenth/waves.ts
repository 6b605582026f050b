// One relay wave: 20-144 made-up companies, each through one product of the wave's family (any
// family for mixed waves), 40-400 mails in all (some companies answer two to four submissions),
// arriving in the wave's shape. Every mail is labelled with its language, family, product,
// sender shape and payload (kind/disguise; "hidden" when the product does not show it, "none"
// for a wave without payload).
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { arrivalTimes, spanMinutes, type Arrival } from './arrival.ts'
import { disguise } from './disguise.ts'
import { pickCompanies, type Company } from './companies.ts'
import { PAYLOADS } from './payloads.ts'
import type { Person } from './people.ts'
import { productsOf } from './products/index.ts'
import { FAMILIES, type Family, type Product, type SenderKind } from './products/types.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { makeFill, render } from './render.ts'
import { senderFor, pickSenderKind } from './senders.ts'
import { typedFields, type PayloadPlan } from './typed.ts'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  arrival: Arrival
  payload: PayloadPlan | null
  sameSubject: boolean
}

export interface WaveShape extends Part {
  plan: WavePlan
  companies: number
  mails: number
  start: number
  end: number
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

interface Member {
  company: Company
  product: Product
  senderKind: SenderKind
}

function members(rng: Random, plan: WavePlan, count: number): Member[] {
  const langs = plan.lang === 'multi' ? LANGUAGES : [plan.lang]
  return pickCompanies(rng, langs, count).map((company) => {
    const family = FAMILY_OF[plan.kind] ?? rng.pick(FAMILIES)
    const candidates = productsOf(family).filter(
      (p) =>
        !plan.sameSubject || Object.values(p.texts).every((t) => t.subject.includes('{subject}')),
    )
    const product = rng.pick(candidates)
    return { company, product, senderKind: pickSenderKind(rng, product) }
  })
}

function sizes(rng: Random, arrival: Arrival): { companies: number; mails: number } {
  if (arrival === 'slow') {
    const companies = rng.int(20, 35)
    return { companies, mails: rng.int(Math.max(40, companies), 80) }
  }
  const companies = rng.int(20, 144)
  return { companies, mails: rng.int(Math.max(40, companies), Math.min(400, companies * 3)) }
}

function payloadLabel(plan: WavePlan, lang: Lang, shown: string): string {
  if (!plan.payload) return 'none'
  const text = disguise(PAYLOADS[plan.payload.kind][lang], plan.payload.disguise)
  return shown.includes(text) ? `${plan.payload.kind}/${plan.payload.disguise}` : 'hidden'
}

export function buildWave(rng: Random, plan: WavePlan): WaveShape {
  const size = sizes(rng, plan.arrival)
  const crowd = members(rng, plan, size.companies)
  // Every company at least once; the remaining mails are repeated submissions.
  const order = rng.shuffle([
    ...crowd.map((_, i) => i),
    ...Array.from({ length: size.mails - crowd.length }, () => rng.int(0, crowd.length - 1)),
  ])
  const times = arrivalTimes(
    rng,
    order.length,
    plan.start,
    spanMinutes(rng, plan.arrival),
    plan.arrival,
  )
  const part = emptyPart()
  order.forEach((index, i) => {
    const { company, product, senderKind } = crowd[index]!
    const lang = company.lang
    const typed = typedFields(rng, lang, product.family, plan.payload, plan.sameSubject)
    const text = render(
      product.texts[lang],
      makeFill(rng, company, product, typed, plan.person.address),
    )
    const sender = senderFor(product, company, lang, senderKind)
    const id = `${plan.waveId}-${i}`
    add(part, record(id, times[i]!, sender.from, text.subject, text.body, plan.person.address), {
      label: 'wave',
      lang,
      family: product.family,
      product: product.product,
      waveId: plan.waveId,
      sender: sender.sender,
      payload: payloadLabel(plan, lang, `${text.subject}\n${text.body}`),
    })
  })
  return {
    ...part,
    plan,
    companies: crowd.length,
    mails: order.length,
    start: times[0]!,
    end: times[times.length - 1]!,
  }
}
