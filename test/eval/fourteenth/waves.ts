// One relay wave: 20-150 companies answering 40-400 submissions of the person's address within
// 3-90 minutes. Most companies answer in their own (in-house) wording; about one in five through
// one of this set's products.
import type { Random } from '../prng.ts'
import type { Lang, MailLabel, WaveKind } from '../types.ts'
import { LANGUAGES } from '../types.ts'
import { arrivals, spanMinutes, type Shape } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { inHouseDealer } from './inhouse/index.ts'
import type { PayloadPlan } from './payload-plan.ts'
import type { Person } from './people.ts'
import { productsOf } from './products/index.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { inHouseSender, productSender, type Sender } from './senders.ts'
import { FAMILIES, type Ctx, type Family, type Wording } from './wording.ts'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  shape: Shape
  payload: PayloadPlan
  /** Every company's subject carries the typed payload (one wave of the set). */
  echoAll: boolean
}

export interface WaveShape extends Part {
  companies: number
  mails: number
  start: number
  end: number
  shape: Shape
}

interface Answerer {
  company: Company
  family: Family
  product: string
  w: Wording
  sender: () => Sender
}

const KIND_FAMILY: Partial<Record<WaveKind, Family>> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}

const ECHO = [
  (t: string) => `Re: ${t}`,
  (t: string, r: string) => `[#${r}] ${t}`,
  (t: string) => `Request received: ${t}`,
  (t: string, r: string) => `${t} (${r})`,
  (t: string) => `Fwd: ${t}`,
  (t: string, r: string) => `Case ${r} - ${t}`,
]

function answerers(rng: Random, spec: WaveSpec, count: number): Answerer[] {
  const langs = spec.lang === 'multi' ? LANGUAGES : [spec.lang]
  const deal = inHouseDealer(rng)
  return pickCompanies(rng, langs, count).map((company) => {
    const family = KIND_FAMILY[spec.kind] ?? rng.pick(FAMILIES)
    if (rng.chance(0.2)) {
      const p = rng.pick(productsOf(family))
      return {
        company,
        family,
        product: p.product,
        w: p.texts[company.lang],
        sender: productSender(rng, company, p),
      }
    }
    const own = deal(family, company.lang)
    const product = `in-house (${own.style})`
    return { company, family, product, w: own.w, sender: inHouseSender(rng, company, family) }
  })
}

function ctxFor(rng: Random, spec: WaveSpec, a: Answerer): Ctx {
  const { name, typed } = spec.payload.typed(rng, a.company.lang)
  const token = `${rng.int(0, 0xffffff).toString(16)}${rng.int(0, 0xffffff).toString(16)}`
  const ref = rng.chance(0.5)
    ? String(rng.int(10_000, 9_999_999))
    : `${a.company.slug.slice(0, 2).toUpperCase()}-${rng.int(100_000, 999_999)}`
  return {
    company: a.company.name,
    domain: a.company.domain,
    name,
    typed,
    ref,
    link: `https://${a.company.domain}/${a.family === 'subscription' ? 'optin' : 'account'}/${token}`,
    code: String(rng.int(100_000, 999_999)),
  }
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const companies = rng.int(20, 150)
  const mails = rng.int(Math.max(40, companies), Math.min(400, companies * 3))
  const span = spanMinutes(rng, spec.shape)
  const who = answerers(rng, spec, companies)
  const order = [...who, ...Array.from({ length: mails - companies }, () => rng.pick(who))]
  const times = arrivals(rng, spec.shape, mails, span)
  const part = emptyPart()
  rng.shuffle(order).forEach((a, i) => {
    const c = ctxFor(rng, spec, a)
    const text = a.w(c)
    const subject = spec.echoAll
      ? ECHO[who.indexOf(a) % ECHO.length]!(c.typed, c.ref)
      : text.subject
    const sender = a.sender()
    const all = `${subject}\n${text.body}`
    const shown = spec.payload.text !== null && (all.includes(c.name) || all.includes(c.typed))
    const label: MailLabel = {
      label: 'wave',
      lang: a.company.lang,
      family: a.family,
      product: a.product,
      waveId: spec.waveId,
      sender: sender.shape,
      payload: spec.payload.text === null ? 'none' : shown ? spec.payload.label : 'hidden',
    }
    const at = spec.start + Math.round(times[i]! * MINUTE)
    add(
      part,
      record(`${spec.waveId}-${i}`, at, sender.from, subject, text.body, spec.person.address),
      label,
    )
  })
  return {
    ...part,
    companies,
    mails,
    start: spec.start,
    end: spec.start + span * MINUTE,
    shape: spec.shape,
  }
}
