// Builds one wave: the companies whose forms were abused, each answering in its own wording and
// from its own sender row, one to four submissions each, arriving as the plan's shape says.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { offsets, type Arrival } from './arrival.ts'
import { STEMS } from './companies.ts'
import { fill, numeric, put, emptyPart, token, type Part } from './records.ts'
import type { Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { company, senderKind, senderRow, type Company } from './senders.ts'
import { FAMILIES, type Family } from './types.ts'
import { companyWording, type CompanyWording } from './wordings.ts'

export const SHAPES = ['burst', 'tail', 'slow', 'small', 'one', 'big'] as const
export type Shape = (typeof SHAPES)[number]

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  shape: Shape
  start: number
  companies: number
  mails: number
  spanMin: number
  payload: Payload
  /** Helpdesk companies ask to verify the address before filing the request. */
  verifySubmit: boolean
  person: Person
  /** Stems to use first (a returning attacker reusing forms). */
  reuse: readonly string[]
}

export interface WaveCompany extends Company {
  family: Family
  wording: CompanyWording
  sender: 'own' | 'hosted' | 'display'
  from: string
}

export interface BuiltWave extends Part {
  plan: WavePlan
  companyList: WaveCompany[]
  end: number
}

const ARRIVAL: Record<Shape, Arrival> = {
  burst: 'burst',
  tail: 'tail',
  slow: 'slow',
  small: 'burst',
  one: 'tail',
  big: 'burst',
}

const PRIMARY: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

function familyFor(rng: Random, kind: WaveKind): Family {
  const primary = PRIMARY[kind]
  if (kind === 'd-reset') return 'reset'
  if (primary && rng.chance(0.72)) return primary
  return rng.pick(FAMILIES)
}

function pickStems(rng: Random, plan: WavePlan): string[] {
  const reuse = plan.reuse.slice(0, plan.companies)
  const rest = rng.shuffle(STEMS.filter((s) => !reuse.includes(s)))
  return [...reuse, ...rest].slice(0, plan.companies)
}

/** Submissions per company: at least one, at most four, summing to the plan's mail count. */
function submissions(rng: Random, companies: number, mails: number): number[] {
  const counts = Array.from({ length: companies }, () => 1)
  let left = Math.min(mails, companies * 4) - companies
  while (left > 0) {
    const i = rng.int(0, companies - 1)
    if (counts[i]! < 4) {
      counts[i]! += 1
      left -= 1
    }
  }
  return counts
}

export function buildWave(rng: Random, plan: WavePlan): BuiltWave {
  const part = emptyPart()
  const companyList: WaveCompany[] = pickStems(rng, plan).map((stem) => {
    const lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
    const c = company(rng, stem, lang)
    const family = familyFor(rng, plan.kind)
    const wording = companyWording(rng, family, lang, plan.verifySubmit && rng.chance(0.45))
    const sender = senderKind(rng, wording.sender)
    return { ...c, family, wording, sender, from: senderRow(rng, c, family, sender) }
  })
  const counts = submissions(rng, companyList.length, plan.mails)
  const order = rng.shuffle(
    companyList.flatMap((c, i) => Array.from({ length: counts[i]! }, () => c)),
  )
  const times = offsets(rng, ARRIVAL[plan.shape], order.length, plan.spanMin)
  const p = plan.person
  order.forEach((c, i) => {
    const greet =
      plan.payload.label === 'none' || c.family === 'reset'
        ? rng.pick([p.first, `${p.first} ${p.last}`, p.address.split('@')[0]!])
        : c.family === 'helpdesk' && rng.chance(0.5)
          ? p.first
          : plan.payload.text
    const values = {
      company: c.name,
      ref: numeric(rng, rng.int(5, 8)),
      link: `https://${c.domain}/${c.family === 'reset' ? 'reset' : 'confirm'}?t=${token(rng, 28)}`,
      code: numeric(rng, 6),
      payload: plan.payload.text,
      greet,
    }
    put(
      part,
      {
        id: `${plan.waveId}-${i}`,
        at: plan.start + times[i]!,
        from: c.from,
        subject: fill(c.wording.subject, values),
        body: fill(c.wording.body, values),
        to: p.address,
      },
      {
        label: 'wave',
        lang: c.lang,
        family: c.family,
        product: c.wording.product,
        waveId: plan.waveId,
        sender: c.sender,
        payload: plan.payload.label,
        source: c.wording.source,
      },
    )
  })
  return { ...part, plan, companyList, end: plan.start + plan.spanMin * 60_000 }
}
