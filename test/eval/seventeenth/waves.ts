// One relay wave: 20-150 made-up companies answer forms the attacker filled with the person's
// address, 40-400 mails in 3-90 minutes, every company at least once and some again (their
// ticket numbers move on). Each company keeps one wording and one sender for the whole wave.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { arrivals, type ArrivalShape } from './arrival.ts'
import type { WordingKind } from './compose/blocks.ts'
import { pickCompanies, type Company } from './companies.ts'
import { BLAND_NAMES, BLAND_TITLES, drawPayload, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { add, emptyPart, record, type Part } from './records.ts'
import { senderFor, type Sender } from './senders.ts'
import { fill, type Slots } from './texts/index.ts'
import { chooseWording, emptyPool, FAMILY_OF, type Wording } from './wording.ts'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  slow: boolean
  /** Every company's mail carries the one payload in its subject. */
  subjectPayload: boolean
}

export type Placement = 'title' | 'name' | 'both'

export interface WaveShape extends Part {
  end: number
  companies: number
  spanMinutes: number
  arrival: ArrivalShape
  payloads: Payload[]
  placement: Placement
  /** Each in-house company's wording (subject and body templates), one entry per company. */
  templates: string[]
}

interface Member {
  company: Company
  wording: Wording
  sender: Sender
  payload: Payload | null
  name: string
  title: string
  ref: number
  sent: number
}

/** Link paths by wording kind, as such mails' buttons usually point. */
const PATHS: Record<WordingKind, readonly string[]> = {
  request: ['contact/confirm', 'verify-request', 'c', 'support/verify'],
  ack: ['tickets', 'requests', 'support/case'],
  account: ['activate', 'verify-email', 'account/confirm', 'register/confirm'],
  subscription: ['subscribe/confirm', 'newsletter/optin', 'doi', 'list/confirm'],
  reset: ['reset-password', 'login/magic', 'password/new', 'auth/link'],
}

function kindOf(rng: Random, wave: WaveKind): WordingKind {
  if (rng.chance(wave === 'a-acknowledgement' ? 0.5 : 0.42)) return 'request'
  if (wave === 'a-acknowledgement') return 'ack'
  if (wave === 'b-verification') return 'account'
  if (wave === 'c-subscription') return 'subscription'
  if (wave === 'd-reset') return 'reset'
  return rng.pick(['ack', 'account', 'subscription', 'reset'] as const)
}

function langOf(rng: Random, lang: Lang | 'multi'): () => Lang {
  return () => (lang !== 'multi' && rng.chance(0.8) ? lang : rng.pick(LANGUAGES))
}

function member(
  rng: Random,
  spec: WaveSpec,
  c: Company,
  payloads: Payload[],
  pool: ReturnType<typeof emptyPool>,
): Member {
  const kind = kindOf(rng, spec.kind)
  const wording = chooseWording(rng, pool, c.lang, kind, spec.subjectPayload)
  const payload = payloads.length > 0 ? rng.pick(payloads) : null
  return {
    company: c,
    wording,
    sender: senderFor(rng, c, kind, wording.product),
    payload,
    name: rng.pick(BLAND_NAMES),
    title: rng.pick(BLAND_TITLES),
    ref: rng.int(10_000, 989_999),
    sent: 0,
  }
}

function slotsFor(rng: Random, m: Member, placement: Placement, person: Person): Slots {
  const p = m.payload?.text
  const token = Math.floor(rng.next() * 36 ** 10).toString(36)
  return {
    name: p && placement !== 'title' ? p : m.name,
    title: p && placement !== 'name' ? p : m.title,
    ref: String(m.ref + m.sent * rng.int(1, 40)),
    link: `https://${m.company.domain}/${rng.pick(PATHS[m.wording.kind])}/${token}`,
    code: String(rng.int(100_000, 999_999)),
    company: m.company.name,
    domain: m.company.domain,
    email: person.address,
  }
}

function echoed(m: Member, placement: Placement): boolean {
  const text = m.wording.template.subject + m.wording.template.body
  return (
    (placement !== 'name' && text.includes('{title}')) ||
    (placement !== 'title' && text.includes('{name}'))
  )
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const count = spec.lang === 'multi' ? rng.int(90, 150) : rng.int(20, 55)
  const total = rng.int(Math.max(40, Math.ceil(count * 1.4)), Math.min(400, count * 3))
  const spanMinutes = spec.slow ? rng.int(60, 90) : rng.int(3, 45)
  const arrival: ArrivalShape = spec.slow ? 'slow' : rng.pick(['burst-tail', 'two-bursts'] as const)
  const payloadLang = spec.lang === 'multi' ? rng.pick(LANGUAGES) : spec.lang
  const bland = !spec.subjectPayload && rng.chance(0.25)
  const payloads = bland
    ? []
    : Array.from({ length: spec.subjectPayload ? 1 : rng.int(1, 3) }, () =>
        drawPayload(rng, payloadLang),
      )
  const placement: Placement = spec.subjectPayload
    ? 'both'
    : rng.pick(['title', 'name', 'both'] as const)
  const pool = emptyPool()
  const members = pickCompanies(rng, count, langOf(rng, spec.lang)).map((c) =>
    member(rng, spec, c, payloads, pool),
  )
  const order = rng.shuffle([
    ...members,
    ...Array.from({ length: total - count }, () => rng.pick(members)),
  ])
  const times = arrivals(rng, total, spec.start, spanMinutes, arrival)
  const part = emptyPart()
  order.forEach((m, i) => {
    const slots = slotsFor(rng, m, placement, spec.person)
    m.sent++
    const id = `${spec.waveId}-${i}`
    add(
      part,
      record(
        id,
        times[i]!,
        m.sender.from,
        fill(m.wording.template.subject, slots),
        fill(m.wording.template.body, slots),
        spec.person.address,
      ),
      {
        label: 'wave',
        lang: m.company.lang,
        family: FAMILY_OF[m.wording.kind],
        product: m.wording.name,
        waveId: spec.waveId,
        sender: m.sender.shape,
        payload:
          m.payload && echoed(m, placement) ? `${m.payload.kind}/${m.payload.disguise}` : 'none',
        source: m.wording.source,
      },
    )
  })
  return {
    ...part,
    end: times[times.length - 1]!,
    companies: count,
    spanMinutes,
    arrival,
    payloads,
    placement,
    templates: members
      .filter((m) => m.wording.source !== 'product')
      .map((m) => m.wording.template.subject + '\n' + m.wording.template.body),
  }
}
