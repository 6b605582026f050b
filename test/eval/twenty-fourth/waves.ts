// One wave: its plan (size, span, arrival, payload) and its mail. Companies keep one voice for
// the wave; each gets one to four submissions, and some answer twice within minutes (an
// acknowledgement then an update, a verification then a reminder).
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { payloadFor, type Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { FAMILIES, type Family } from './products.ts'
import { emptyPart, put, type Part } from './records.ts'
import { followUp, renderVoice, voiceFor } from './wording.ts'

/** The brief's smallest wave. */
const MIN_MAILS = 40

export type Arrival = 'burst' | 'tail' | 'slow'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  /** Upper bound on the wave's mail. */
  maxMails: number
  spanMinutes: number
  arrival: Arrival
  payload: Payload
  /** Share of in-house helpdesk forms among the companies of a non-helpdesk wave. */
  helpdeskShare: number
}

export interface WaveShape extends Part {
  plan: WavePlan
  companyList: Company[]
  end: number
}

const KIND_FAMILY: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

function familyOf(rng: Random, plan: WavePlan): Family {
  const main = KIND_FAMILY[plan.kind]
  if (main === null) return rng.chance(plan.helpdeskShare) ? 'helpdesk' : rng.pick(FAMILIES)
  return main === 'helpdesk' || !rng.chance(plan.helpdeskShare) ? main : 'helpdesk'
}

function offset(rng: Random, arrival: Arrival, span: number): number {
  const r = rng.next()
  if (arrival === 'tail') return Math.floor(span * r * r * r)
  if (arrival === 'burst') return Math.floor(span * (rng.chance(0.8) ? r * 0.35 : r))
  return Math.floor(span * r)
}

export function buildWave(rng: Random, plan: WavePlan, person: Person): WaveShape {
  const part = emptyPart()
  const companyList = pickCompanies(rng, plan.companies, () =>
    plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang,
  )
  const span = plan.spanMinutes * MINUTE
  let n = 0
  let last = plan.start
  const add = (
    at: number,
    v: ReturnType<typeof voiceFor>,
    text: { subject: string; body: string },
    followed = false,
  ) => {
    const id = `${plan.waveId}-m${n++}`
    last = Math.max(last, at)
    put(
      part,
      { id, at, from: v.from, subject: text.subject, body: text.body, to: person.address },
      {
        label: 'wave',
        waveId: plan.waveId,
        lang: v.company.lang,
        family: v.family,
        product: followed ? 'in-house' : v.product,
        sender: v.sender,
        payload: plan.payload.label,
        source: `wording:${followed ? 'composed' : v.source}`,
      },
    )
  }
  const budget = plan.maxMails
  companyList.forEach((company, i) => {
    const v = voiceFor(rng, company, familyOf(rng, plan), 0.2)
    const left = budget - n - (companyList.length - i - 1)
    const need = Math.ceil((MIN_MAILS - n) / (companyList.length - i))
    const wanted = Math.max(need, rng.chance(0.55) ? 1 : rng.int(2, 4))
    const submissions = Math.max(1, Math.min(left, 4, wanted))
    for (let s = 0; s < submissions; s++) {
      const at = plan.start + (i === 0 && s === 0 ? 0 : offset(rng, plan.arrival, span))
      add(at, v, renderVoice(rng, v, plan.payload.text, person.address, at))
      if (n < budget - (companyList.length - i - 1) && rng.chance(0.12)) {
        const later = Math.min(plan.start + span, at + rng.int(1, 6) * MINUTE)
        add(later, v, followUp(rng, v, plan.payload.text), true)
      }
    }
  })
  return { ...part, plan, companyList, end: last }
}

export { payloadFor }
