// One wave against an organisation's public address: companies whose forms the attacker filled
// in, each keeping one wording and one sender row, arriving in one of six shapes (fast burst,
// tail, slow wave, slow drip, small, large) in business hours or at night and at weekends.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { emptyPart, fill, numeric, put, token, type Part } from '../nineteenth/records.ts'
import { companyDomain, companyName, STEMS } from './companies.ts'
import type { Org } from './orgs.ts'
import type { Payload } from './payloads.ts'
import { senderKind, senderRow, type Company } from './senders.ts'
import { wordingFor, type Wording } from './wording.ts'
import { VARIANTS_OF, type Variant } from './wording-types.ts'
import { HOUR, MINUTE } from './window.ts'

export const SHAPES = ['burst', 'tail', 'slow', 'drip', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]
export type Timing = 'business' | 'night'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  shape: Shape
  timing: Timing
  payload: Payload
  org: Org
}

export interface WaveCompany extends Company {
  lang: Lang
  variant: Variant
  wording: Wording
  row: string
  sender: ReturnType<typeof senderKind>
  nameField: string
}

export interface BuiltWave extends Part {
  plan: WavePlan
  companyList: WaveCompany[]
  end: number
}

/** Offsets (ms from the start) of each company's first mail, by shape. */
function offsets(rng: Random, shape: Shape, multiLarge: boolean): number[] {
  const spread = (n: number, minutes: number) =>
    Array.from({ length: n }, () => Math.floor(rng.next() * minutes * MINUTE))
  // Bursts leave room for repeated submissions (1-3 minutes apart) within 25 minutes.
  if (shape === 'burst') return spread(rng.int(25, 60), rng.int(3, 19))
  if (shape === 'small') return spread(rng.int(10, 20), rng.int(10, 40))
  if (shape === 'large') return spread(multiLarge ? 150 : rng.int(100, 140), rng.int(20, 60))
  if (shape === 'slow') return spread(rng.int(20, 50), rng.int(2, 6) * 60)
  if (shape === 'tail') {
    const n = rng.int(30, 70)
    const head = Math.round(n * 0.75)
    return [...spread(head, rng.int(5, 15)), ...spread(n - head, rng.int(60, 150))]
  }
  // Slow drip: one mail every 5-20 minutes for 6-12 hours, one per company.
  const hours = rng.int(6, 11)
  const out: number[] = []
  for (
    let t = 0;
    out.at(-1) === undefined || out.at(-1)! < hours * HOUR;
    t += rng.int(5, 20) * MINUTE
  )
    out.push(t)
  return out
}

function submissions(rng: Random, shape: Shape): number {
  if (shape === 'drip') return 1
  return shape === 'large' ? rng.int(1, 2) : rng.int(1, 3)
}

function company(rng: Random, plan: WavePlan, stem: string): WaveCompany {
  const lang = plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang
  const variant = rng.pick(VARIANTS_OF[plan.kind])
  // In-house enquiry forms belong to estate agents, insurers, car dealers, schools and towns.
  const sector = variant === 'enquiry' ? rng.int(0, 4) : rng.int(0, 7)
  const c = { stem, name: companyName(stem, lang, sector), domain: companyDomain(stem, lang) }
  const wording = wordingFor(rng, variant, lang)
  const sender = senderKind(rng, wording.usualSender)
  const first = plan.org.reader.split(' ')[0]!
  // A reset form takes only an address: such mail greets at most the address's local part.
  const local = plan.org.address.split('@')[0]!
  const typed = plan.payload.kind !== 'none' && rng.chance(0.6) ? plan.payload.text : first
  const nameField = variant === 'reset' ? local : typed
  return {
    ...c,
    lang,
    variant,
    wording,
    sender,
    row: senderRow(rng, c, sender, wording.family),
    nameField,
  }
}

function waveMail(rng: Random, part: Part, plan: WavePlan, c: WaveCompany, at: number, id: string) {
  const values = {
    company: c.name,
    name: c.nameField,
    payload: plan.payload.text,
    ref: numeric(rng, rng.pick([5, 6, 7])),
    link: `https://${c.domain}/${c.variant}/${token(rng, 28)}`,
    code: numeric(rng, 6),
    address: plan.org.address,
  }
  put(
    part,
    {
      id,
      at,
      from: c.row,
      subject: fill(c.wording.subject, values),
      body: fill(c.wording.body, values),
      to: plan.org.address,
    },
    {
      label: 'wave',
      lang: c.lang,
      family: c.wording.family,
      product: c.wording.product,
      waveId: plan.waveId,
      sender: c.sender,
      payload: plan.payload.label,
      source: `wording:${c.wording.source}:${c.variant}`,
    },
  )
}

export function buildWave(rng: Random, plan: WavePlan, multiLarge = false): BuiltWave {
  const part = emptyPart()
  const starts = offsets(rng, plan.shape, multiLarge)
  const stems = rng.shuffle(STEMS).slice(0, starts.length)
  const companyList = stems.map((stem) => company(rng, plan, stem))
  let end = plan.start
  let n = 0
  companyList.forEach((c, i) => {
    let at = plan.start + starts[i]!
    for (let s = submissions(rng, plan.shape); s > 0; s--) {
      waveMail(rng, part, plan, c, at, `${plan.waveId}-${n++}`)
      end = Math.max(end, at)
      at += (plan.shape === 'burst' ? rng.int(1, 3) : rng.int(1, 10)) * MINUTE
    }
  })
  return { ...part, plan, companyList, end }
}
