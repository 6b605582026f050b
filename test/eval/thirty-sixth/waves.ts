// One wave: the attacker pastes the person's address into the forms of many companies within
// minutes or hours; each answers in its own wording. Shapes rotate: fast bursts, tails (most at
// once, the rest over 1-2.5 h), slow waves (2-6 h), small waves and large ones.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { fill, numeric, put, token, emptyPart, type Part } from '../nineteenth/records.ts'
import { companyDomain, companyName, STEMS } from './companies.ts'
import type { Payload } from './payloads.ts'
import type { Person } from './people.ts'
import { MINUTE } from './season.ts'
import { pickSender, senderRow, type SenderRow } from './senders.ts'
import { FAMILIES, split, type Family, type Sender } from './wording.ts'
import { pickWording, type CompanyWording } from './wordings.ts'

export const SHAPES = ['burst', 'tail', 'slow', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  person: Person
  shape: Shape
  companies: number
  payload: Payload
}

export interface WaveCompany {
  stem: string
  name: string
  domain: string
  lang: Lang
  family: Family
  wording: CompanyWording
  sender: Sender
  row: SenderRow
}

export interface BuiltWave extends Part {
  plan: WavePlan
  end: number
  companyList: WaveCompany[]
}

const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'helpdesk',
  'b-verification': 'verification',
  'c-subscription': 'subscription',
  'd-reset': 'reset',
  'e-mixed': null,
}

export function companiesFor(rng: Random, shape: Shape): number {
  const [min, max] = {
    burst: [25, 60],
    tail: [30, 70],
    slow: [20, 50],
    small: [10, 20],
    large: [100, 150],
  }[shape]
  return rng.int(min!, max!)
}

/** Minutes after the start at which each of `n` submissions is made, by shape. */
export function offsets(rng: Random, shape: Shape, n: number): number[] {
  const span = {
    burst: rng.int(3, 25),
    slow: rng.int(120, 360),
    small: rng.int(5, 40),
    large: rng.int(15, 45),
    tail: rng.int(60, 150),
  }[shape]
  const head = rng.int(5, 15)
  const out = Array.from({ length: n }, () =>
    shape === 'tail' && rng.chance(0.75) ? rng.next() * head : rng.next() * span,
  )
  out[out.length - 1] = span
  return out
}

function makeCompany(rng: Random, plan: WavePlan, stem: string, i: number): WaveCompany {
  const lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
  const family = FAMILY_OF[plan.kind] ?? rng.pick(FAMILIES)
  const name = companyName(stem, lang, i)
  const domain = companyDomain(stem, lang, i)
  const wording = pickWording(rng, family, lang)
  const sender = wording.sender ?? pickSender(rng)
  const row = senderRow(rng, sender, family, { stem, name, domain })
  return { stem, name, domain, lang, family, wording, sender, row }
}

const LIST_WORD: Record<Lang, string> = {
  en: 'Newsletter',
  de: 'Newsletter',
  fr: 'Lettre',
  es: 'Boletín',
  pt: 'Newsletter',
  it: 'Newsletter',
  nl: 'Nieuwsbrief',
}

function slots(rng: Random, plan: WavePlan, c: WaveCompany, at: number): Record<string, string> {
  const p = plan.person
  const typed = plan.payload.label === 'none' ? p.first : plan.payload.text
  const stamp = new Date(at).toISOString()
  return {
    company: c.name,
    name: c.family === 'verification' || c.family === 'subscription' ? typed : p.first,
    msg: plan.payload.text,
    ref: numeric(rng, rng.int(5, 8)),
    incident: `${stamp.slice(2, 10).replace(/-/gu, '')}-${numeric(rng, 6)}`,
    link: `https://${c.row.linkDomain}/${rng.pick(['confirm', 'verify', 't', 'account'])}/${token(rng, 28)}`,
    code: numeric(rng, 6),
    email: p.address,
    list: `${c.name} ${LIST_WORD[c.lang]}`,
    site: `https://www.${c.domain}`,
    user: p.address.split('@')[0]!,
    ip: `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    date: `${stamp.slice(0, 10)} ${stamp.slice(11, 16)}`,
  }
}

/** Submissions per company: mostly one, some two or three; in large waves one or two. */
function submissions(rng: Random, shape: Shape): number {
  if (shape === 'large') return rng.chance(0.7) ? 1 : 2
  const roll = rng.next()
  return roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3
}

export function buildWave(rng: Random, plan: WavePlan): BuiltWave {
  const part = emptyPart()
  const stems = rng.shuffle(STEMS).slice(0, plan.companies)
  const companyList = stems.map((stem, i) => makeCompany(rng, plan, stem, i))
  const jobs = companyList.flatMap((c, ci) =>
    Array.from({ length: submissions(rng, plan.shape) }, (_, si) => ({ c, ci, si })),
  )
  const times = offsets(rng, plan.shape, jobs.length)
  let end = plan.start
  jobs.forEach(({ c, ci, si }, j) => {
    const at = plan.start + Math.round(times[j]! * MINUTE) + rng.int(0, 90) * 1000
    end = Math.max(end, at)
    const text = split(fill(c.wording.text, slots(rng, plan, c, at)))
    put(
      part,
      { id: `${plan.waveId}-${ci}-${si}`, at, from: c.row.from, to: plan.person.address, ...text },
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
  return { ...part, plan, end, companyList }
}
