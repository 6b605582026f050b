// One relay wave: companies whose open forms got the person's address, each answering one to
// four times (some with a follow-up minutes later), arriving in a burst, a tail, slowly over
// 90 minutes or over several hours.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { DAY, HOUR, MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { FOLLOW } from './inhouse/follow.ts'
import { dress } from './openings.ts'
import type { Person } from './people.ts'
import { pickPayload, type Payload } from './payloads.ts'
import { FAMILIES, type Family } from './products/types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from './records.ts'
import { listName, pickSenderKind, senderRow, voiceOf } from './wording.ts'

export type Arrival = 'burst' | 'tail' | 'slow' | 'hours'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  /** Minutes from the first mail to the last. */
  minutes: number
  companies: number
  arrival: Arrival
  payload: Payload
}

export interface WaveShape {
  plan: WavePlan
  companyList: Company[]
  end: number
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: Lang | 'multi',
  start: number,
  index: number,
  special: { slow: boolean; hours: boolean; largest: boolean },
): WavePlan {
  const arrival: Arrival = special.slow
    ? 'slow'
    : special.hours
      ? 'hours'
      : rng.pick(['burst', 'burst', 'tail', 'tail', 'slow'] as const)
  const minutes = special.slow
    ? 90
    : special.hours
      ? rng.int(180, 300)
      : arrival === 'burst'
        ? rng.int(3, 20)
        : rng.int(25, 90)
  const companies = special.slow
    ? 20
    : special.largest
      ? 150
      : lang === 'multi'
        ? rng.int(60, 100)
        : rng.int(22, 60)
  const waveId = `n27-${kind}-${lang}`
  return {
    waveId,
    kind,
    lang,
    start,
    minutes,
    companies,
    arrival,
    payload: pickPayload(rng, index),
  }
}

/** Position in [0, 1] of one submission inside the wave's span. */
function position(rng: Random, arrival: Arrival): number {
  if (arrival === 'burst') return rng.next() ** 1.6
  if (arrival === 'tail') return Math.min(1, -Math.log(1 - rng.next() * 0.99) / 4.6)
  return rng.next()
}

function submissions(rng: Random): number {
  const roll = rng.next()
  return roll < 0.55 ? 1 : roll < 0.8 ? 2 : roll < 0.92 ? 3 : 4
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): Part & WaveShape {
  const part = emptyPart()
  const langOf = (): Lang => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companyList = pickCompanies(rng, plan.companies, langOf)
  const span = plan.minutes * MINUTE
  const last = plan.start + span
  let n = 0
  let end = plan.start
  const counts = companyList.map(() => submissions(rng))
  const follows = companyList.map(() => (rng.chance(0.15) ? rng.int(1, 2) : 0))
  const total = () => counts.reduce((a, b) => a + b, 0) + follows.reduce((a, b) => a + b, 0)
  // keep every wave within 40-400 mails
  while (total() < 40) {
    const i = rng.int(0, counts.length - 1)
    if (counts[i]! < 4) counts[i]!++
    else follows[i] = Math.min(2, follows[i]! + 1)
  }
  while (total() > 400) {
    const i = rng.int(0, counts.length - 1)
    if (follows[i]! > 0) follows[i]!--
    else if (counts[i]! > 1) counts[i]!--
  }
  for (const [i, c] of companyList.entries()) {
    const family = FAMILY_OF[plan.kind] ?? rng.pick(FAMILIES)
    const short = rng.chance(0.25)
    const voice = voiceOf(rng, c.lang, family, short)
    const senderKind = pickSenderKind(rng)
    const from = senderRow(rng, c, family, senderKind)
    const list = listName(rng, c)
    const times = Array.from({ length: counts[i]! }, () => position(rng, plan.arrival))
    // the first and the last company pin the wave's span
    if (i === 0) times[0] = 0
    if (i === 1) times[0] = 1
    const follow = follows[i]!
    for (const [k, t] of times.entries()) {
      const values = {
        brand: c.name,
        domain: c.domain,
        p: plan.payload.text,
        num: numeric(rng, rng.pick([5, 6, 7])),
        code: numeric(rng, 6),
        link: `https://${c.domain}/${family === 'subscription' ? 'optin' : 'a'}/${token(rng)}`,
        list,
      }
      const at = plan.start + Math.round(t * span)
      const mails = [voice.wording, ...(k === 0 ? Array(follow).fill(FOLLOW[c.lang][family]) : [])]
      for (const [m, wording] of mails.entries()) {
        const when = Math.min(last, at + m * rng.int(2, 8) * MINUTE)
        const dressed = dress(rng, c.lang, { brand: c.name, name: person.first, domain: c.domain })
        end = Math.max(end, when)
        put(
          part,
          {
            id: `${plan.waveId}-${n++}`,
            at: when,
            from,
            to: person.address,
            subject: fill(wording.subject, values),
            text: fill(wording.body, values),
            ...dressed,
          },
          {
            label: 'wave',
            lang: c.lang,
            family,
            product: m === 0 ? voice.product : 'in-house',
            waveId: plan.waveId,
            sender: senderKind,
            payload: plan.payload.name,
            source: `wording:${m === 0 ? voice.source : 'handwritten'}`,
          },
        )
      }
    }
  }
  return { ...part, plan, companyList, end }
}

export const waveDay = (rng: Random, windowStart: number): number =>
  windowStart + rng.int(5, 25) * DAY + rng.int(7, 20) * HOUR + rng.int(0, 59) * MINUTE
