// One relay wave: 20–60 companies, each sending 1–4 mails (repeated submissions), arriving in a
// burst with a tail (or spread evenly over up to 90 minutes for the slow wave), each company in
// its own wording and sender shape, with the attacker's payload (or a bland name) in the name field.
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import { pickCompanies, type Company } from './companies.ts'
import type { Payload } from './payloads.ts'
import { emptyPart, MINUTE, put, type Part } from './records.ts'
import { pickShape, senderLabel, senderRow, type SenderShape } from './senders.ts'
import { fill, type Family, type Slots } from './texts/text.ts'
import { chooseWording, handDealer, type Wording } from './wording.ts'

export const FAMILY_OF: Record<WaveKind, Family | null> = {
  'a-acknowledgement': 'ack',
  'b-verification': 'verify',
  'c-subscription': 'subscribe',
  'd-reset': 'reset',
  'e-mixed': null,
}
const FAMILIES: readonly Family[] = ['ack', 'verify', 'subscribe', 'reset']

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  langs: readonly Lang[]
  start: number
  companies: number
  minutes: number
  slow: boolean
  payload: Payload | null
  /** Every company's subject carries the payload. */
  payloadInEverySubject: boolean
}

export interface WaveShape extends Part {
  waveId: string
  start: number
  end: number
  companies: number
}

interface Sender {
  company: Company
  wording: Wording
  shape: SenderShape
  submissions: number
}

function senders(rng: Random, spec: WaveSpec): Sender[] {
  const deal = handDealer(rng)
  const list = pickCompanies(rng, spec.langs, spec.companies).map((company) => {
    const family = FAMILY_OF[spec.kind] ?? rng.pick(FAMILIES)
    const wording = chooseWording(rng, family, company.lang, deal)
    const fixed = wording.product?.sender
    const shape = fixed === 'display' ? 'display' : fixed === 'esp' ? 'esp' : pickShape(rng)
    return { company, wording, shape, submissions: rng.int(1, 3) }
  })
  while (list.reduce((n, s) => n + s.submissions, 0) < 40) rng.pick(list).submissions++
  return list
}

function arrival(rng: Random, spec: WaveSpec): number {
  const u = spec.slow ? rng.next() : rng.next() ** 1.8
  return spec.start + Math.floor(u * spec.minutes * MINUTE)
}

function slots(rng: Random, s: Sender, p: string): Slots {
  const token = Math.floor(rng.next() * 36 ** 8).toString(36)
  return {
    c: s.company.name,
    p,
    r: String(rng.int(10_000, 999_999)),
    k: String(rng.int(100_000, 999_999)),
    u: `https://${s.company.domain}/${s.wording.family}/${token}`,
  }
}

export function buildWave(rng: Random, spec: WaveSpec, bland: string): WaveShape {
  const part = emptyPart()
  let end = spec.start
  let n = 0
  for (const s of senders(rng, spec)) {
    for (let i = 0; i < s.submissions; i++) {
      const at = arrival(rng, spec)
      end = Math.max(end, at)
      const filled = slots(rng, s, spec.payload?.text ?? bland)
      const subjectTemplate =
        spec.payloadInEverySubject && !s.wording.text.subject.includes('{p}')
          ? `${s.wording.text.subject} – {p}`
          : s.wording.text.subject
      const from = senderRow(rng, s.company, s.shape)
      const draft = {
        at,
        from,
        subject: fill(subjectTemplate, filled),
        body: fill(s.wording.text.body, filled),
      }
      put(part, `${spec.waveId}-${n++}`, draft, {
        label: 'wave',
        lang: s.company.lang,
        family: s.wording.family,
        product: s.wording.product?.product ?? s.wording.source,
        waveId: spec.waveId,
        sender: senderLabel(s.shape),
        payload: spec.payload?.label ?? 'none',
      })
    }
  }
  return { ...part, waveId: spec.waveId, start: spec.start, end, companies: spec.companies }
}
