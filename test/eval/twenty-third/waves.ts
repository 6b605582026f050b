// One wave: the companies whose forms were abused, their wordings and sender rows, one to four
// submissions per company (some followed within minutes by a second or third mail), arrival in a burst,
// a tail, slowly over 90 minutes, or (two waves) slowly over several hours.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang, type WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickCompanies, type Company } from './companies.ts'
import { FOLLOWUPS } from './followups.ts'
import type { WavePayload } from './payloads.ts'
import { FAMILIES, type Family } from './products.ts'
import { digits, emptyPart, fill, put, split, token, type Part } from './records.ts'
import { senderRow, senderShape } from './senders.ts'
import { wordingPicker } from './wording.ts'

export type Arrival = 'burst' | 'tail' | 'slow' | 'hours'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  arrival: Arrival
  /** Minutes from the first to the last mail at most. */
  span: number
  payload: WavePayload
  to: string
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

const TOPICS = ['Question about my order', 'Account', 'Contact request', 'Hello', 'Refund']

function offset(rng: Random, plan: WavePlan): number {
  const u = rng.next()
  const share = plan.arrival === 'tail' ? u * u * u : u
  return Math.floor(share * plan.span * MINUTE)
}

export function buildWave(rng: Random, plan: WavePlan): WaveShape {
  const part = emptyPart()
  const langOf = () => (plan.lang === 'multi' ? rng.pick(LANGUAGES) : plan.lang)
  const companyList = pickCompanies(rng, plan.companies, langOf)
  const pickWording = wordingPicker(rng)
  const subs = companyList.map(() => (rng.chance(0.6) ? 1 : rng.int(2, 4)))
  while (subs.reduce((a, b) => a + b, 0) < 45) {
    const i = rng.int(0, subs.length - 1)
    subs[i] = Math.min(4, subs[i]! + 1)
  }
  while (subs.reduce((a, b) => a + b, 0) > 360) {
    const i = subs.findIndex((x) => x > 1)
    subs[i] = subs[i]! - 1
  }
  let total = subs.reduce((a, b) => a + b, 0)
  let n = 0
  let end = plan.start
  companyList.forEach((c, ci) => {
    const family = KIND_FAMILY[plan.kind] ?? rng.pick(FAMILIES)
    const wording = pickWording(c.lang, family)
    const shape = senderShape(rng, wording.productRow?.sender)
    const from = senderRow(rng, c, family, shape)
    const submissions = subs[ci]!
    const label = {
      label: 'wave' as const,
      waveId: plan.waveId,
      lang: c.lang,
      family,
      product: wording.product,
      sender: shape,
      payload: plan.payload.label,
    }
    for (let s = 0; s < submissions; s++) {
      const at = plan.start + (n === 0 ? 0 : offset(rng, plan))
      const values = {
        company: c.name,
        name: plan.payload.text,
        topic: plan.payload.label === 'none' ? rng.pick(TOPICS) : plan.payload.text,
        ref: digits(rng, rng.int(5, 8)),
        code: digits(rng, 6),
        link: `https://${c.domain}/${rng.pick(['confirm', 'a', 'verify', 't', 'r'])}/${token(rng)}`,
        site: c.domain,
      }
      const text = split(fill(wording.text, values))
      const mail = { at, from, to: plan.to, ...text }
      put(
        part,
        { ...mail, id: `${plan.waveId}-${n++}` },
        { ...label, source: `wording:${wording.source}` },
      )
      end = Math.max(end, at)
      const follow = total < 399 && s === 0 && rng.chance(0.12)
      if (!follow) continue
      const count = rng.chance(0.25) ? 2 : 1
      let later = at
      for (let f = 0; f < count; f++) {
        total++
        later += rng.int(1, 3) * MINUTE
        const fresh = { ...values, code: digits(rng, 6) }
        const next = split(fill(FOLLOWUPS[family][c.lang], fresh))
        put(
          part,
          { at: later, from, to: plan.to, ...next, id: `${plan.waveId}-${n++}` },
          { ...label, product: 'in-house', source: 'wording:handwritten' },
        )
      }
      end = Math.max(end, later)
    }
  })
  return { ...part, plan, companyList, end }
}
