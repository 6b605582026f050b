// One relay wave: 40-400 genuine automated mails from 20-150 made-up companies within 3-90
// minutes, every company answering at least once and some many times (repeated submissions),
// each in its own wording and sender shape, with the attacker's text where the form repeats it.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { arrivals, type ArrivalShape } from './arrival.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { FAMILIES, type Family } from './compose/types.ts'
import { BLAND_NAMES, BLAND_TITLES, pickPayload, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { add, emptyPart, fill, record, type Part } from './records.ts'
import { inHouseSender, type Sender } from './senders.ts'
import { WordingPicker, type Chosen } from './wording.ts'

/** none: bland names; name / title / both: where payloads go; subject-all: one payload in every subject. */
export type PayloadMode = 'none' | 'name' | 'title' | 'both' | 'subject-all'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  arrival: ArrivalShape
  payloadMode: PayloadMode
}

export interface WaveShape extends Part {
  companies: number
  spanMinutes: number
  end: number
  arrival: ArrivalShape
  payloads: string[]
  /** The attacker texts as typed (after their disguise). */
  payloadTexts: string[]
}

const FOCUS: readonly Lang[] = ['es', 'pt', 'it', 'nl']
const MULTI_WEIGHTS: readonly Lang[] = [
  'es',
  'es',
  'es',
  'pt',
  'pt',
  'pt',
  'it',
  'it',
  'nl',
  'nl',
  'en',
  'de',
  'fr',
]
const FAMILY_OF: Record<Exclude<WaveKind, 'e-mixed'>, Family> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
}
const SUBJECT_WRAPS = ['Re: {t}', '{t} – {co}', '[#{ref}] {t}', '{t}']

interface Member {
  company: Company
  family: Family
  chosen: Chosen
  sender: Sender
  payload: Payload | null
  name: string
  refBase: number
  weight: number
}

function sizes(rng: Random, spec: WaveSpec): { companies: number; mails: number; span: number } {
  const focus = spec.lang === 'multi' || FOCUS.includes(spec.lang)
  let mails = focus ? rng.int(150, 400) : rng.int(40, 130)
  const companies = Math.min(150, Math.max(20, Math.round(mails / rng.int(2, 5))))
  if (spec.arrival === 'slow') {
    mails = Math.min(mails, 260)
    return { companies, mails, span: Math.min(90, Math.max(30, Math.round(mails / rng.int(1, 3)))) }
  }
  return { companies, mails, span: rng.int(3, 45) }
}

function langPicker(rng: Random, lang: Lang | 'multi'): () => Lang {
  if (lang === 'multi') return () => rng.pick(MULTI_WEIGHTS)
  return () => (rng.chance(0.8) ? lang : rng.pick(rng.chance(0.6) ? FOCUS : LANGUAGES))
}

function members(rng: Random, spec: WaveSpec, count: number, payloads: Payload[]): Member[] {
  const picker = new WordingPicker(rng)
  return pickCompanies(rng, count, langPicker(rng, spec.lang)).map((company) => {
    const family = spec.kind === 'e-mixed' ? rng.pick(FAMILIES) : FAMILY_OF[spec.kind]
    const chosen = picker.pick(company, family)
    const sender: Sender = chosen.product
      ? {
          shape: chosen.product.sender,
          from: fill(chosen.product.from, {
            co: company.name,
            slug: company.slug,
            domain: company.domain,
          }),
        }
      : inHouseSender(rng, company, family)
    const payload = payloads.length > 0 ? rng.pick(payloads) : null
    const name = rng.pick(BLAND_NAMES)
    const weight = chosen.source === 'hand' ? 2.5 : 1
    return {
      company,
      family,
      chosen,
      sender,
      payload,
      name,
      refBase: rng.int(1_000, 899_999),
      weight,
    }
  })
}

function weightedPick(rng: Random, list: readonly Member[]): Member {
  const total = list.reduce((sum, m) => sum + m.weight, 0)
  let roll = rng.next() * total
  for (const m of list) {
    roll -= m.weight
    if (roll < 0) return m
  }
  return list[list.length - 1]!
}

function fieldsOf(rng: Random, spec: WaveSpec, m: Member): { n: string; t: string } {
  const bland = rng.pick(BLAND_TITLES[m.company.lang])
  const text = m.payload?.text
  if (!text || spec.payloadMode === 'none') return { n: m.name, t: bland }
  if (spec.payloadMode === 'name') return { n: text, t: bland }
  if (spec.payloadMode === 'both') return { n: text, t: text }
  return { n: m.name, t: text }
}

function linkOf(rng: Random, m: Member): string {
  const path = {
    helpdesk: 'tickets',
    verification: 'account/confirm',
    subscription: 'nl/optin',
    reset: 'auth/reset',
  }[m.family]
  const token = Math.floor(rng.next() * 36 ** 10).toString(36)
  return `https://${m.company.domain}/${path}/${token}`
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const size = sizes(rng, spec)
  const payloadLang = spec.lang === 'multi' ? 'en' : spec.lang
  const payloads =
    spec.payloadMode === 'none'
      ? []
      : Array.from({ length: spec.payloadMode === 'subject-all' ? 1 : rng.int(1, 2) }, () =>
          pickPayload(rng, payloadLang),
        )
  const list = members(rng, spec, size.companies, payloads)
  const order = [
    ...list,
    ...Array.from({ length: size.mails - list.length }, () => weightedPick(rng, list)),
  ]
  const times = arrivals(rng, spec.arrival, order.length, size.span)
  const part = emptyPart()
  const shuffled = [list[0]!, ...rng.shuffle(order.slice(1))]
  const seen = new Map<Member, number>()
  shuffled.forEach((m, i) => {
    const repeat = seen.get(m) ?? 0
    seen.set(m, repeat + 1)
    const { n, t } = fieldsOf(rng, spec, m)
    let subjectTemplate = m.chosen.wording.subject
    if (spec.payloadMode === 'subject-all' && !subjectTemplate.includes('{t}'))
      subjectTemplate = rng.pick(SUBJECT_WRAPS)
    const vars = {
      n,
      t,
      co: m.company.name,
      ref: String(m.refBase + repeat * rng.int(1, 40)),
      code: String(rng.int(100_000, 999_999)),
      link: linkOf(rng, m),
      e: spec.person.address,
    }
    const subject = fill(subjectTemplate, vars)
    const body = fill(m.chosen.wording.body, vars)
    const shows =
      m.payload && spec.payloadMode !== 'none' && (subject + body).includes(m.payload.text)
    const id = `${spec.waveId}-${i}`
    add(
      part,
      record(id, spec.start + times[i]!, m.sender.from, subject, body, spec.person.address),
      {
        label: 'wave',
        lang: m.chosen.wording.lang,
        family: m.family,
        product: m.chosen.product?.product ?? `in-house ${m.chosen.source}`,
        waveId: spec.waveId,
        sender: m.sender.shape,
        payload: shows ? m.payload!.label : 'none',
        source: m.chosen.wording.id,
      },
    )
  })
  return {
    ...part,
    companies: list.length,
    spanMinutes: size.span,
    end: spec.start + size.span * MINUTE,
    arrival: spec.arrival,
    payloads: payloads.map((p) => p.label),
    payloadTexts: payloads.map((p) => p.text),
  }
}
