// One relay wave: its companies answer within the wave's span (a burst and a tail, two bursts,
// or an even spread), each submission a new mail with a fresh reference, the attacker's name
// field echoed where the company's text puts the name.
import type { Random } from '../../prng.ts'
import type { Lang, MailLabel, WaveKind } from '../../types.ts'
import { MINUTE } from '../clock.ts'
import { FAMILIES, type Family } from '../composed/blocks.ts'
import { fill } from '../handwritten/text.ts'
import { blandName, payload, type Payload } from '../payloads.ts'
import { add, emptyPart, record, type Part } from '../records.ts'
import { planWave, type Planned } from './plan.ts'

export type PayloadMode = 'none' | 'varied' | 'same'
export type Timing = 'burst-tail' | 'two-bursts' | 'even'

export interface WaveSpec {
  waveId: string
  kind: WaveKind
  langs: readonly Lang[]
  start: number
  spanMinutes: number
  companies: number
  mode: PayloadMode
  timing: Timing
  to: string
}

export interface WaveShape extends Part {
  spec: WaveSpec
  end: number
  plan: Planned[]
}

const KIND_FAMILY: Record<WaveKind, readonly Family[]> = {
  'a-acknowledgement': ['ack'],
  'b-verification': ['verify'],
  'c-subscription': ['subscribe'],
  'd-reset': ['reset'],
  'e-mixed': FAMILIES,
}

function offset(rng: Random, timing: Timing): number {
  const u = rng.next()
  if (timing === 'burst-tail') return u ** 2.4
  if (timing === 'two-bursts') return u < 0.55 ? u * 0.35 : 0.6 + (u - 0.55) * 0.6
  return u
}

const WRAPS = [
  (s: string, p: string) => `${s}: ${p}`,
  (_s: string, p: string) => p,
  (s: string, p: string) => `${p} – ${s}`,
]

function nameField(
  rng: Random,
  spec: WaveSpec,
  bland: string,
  same: Payload,
): { n: string; tag: string } {
  if (spec.mode === 'none') return { n: bland, tag: 'none' }
  const p = spec.mode === 'same' ? same : payload(rng)
  return { n: p.text, tag: `${p.kind}/${p.how}` }
}

export function buildWave(rng: Random, spec: WaveSpec): WaveShape {
  const part = emptyPart()
  const plan = planWave(rng, KIND_FAMILY[spec.kind], spec.langs, spec.companies)
  const bland = blandName(rng, spec.langs[0]!)
  const same = payload(rng)
  let end = spec.start
  plan.forEach((p, ci) => {
    const wrap = rng.pick(WRAPS)
    for (let s = 0; s < p.submissions; s++) {
      const at = spec.start + Math.round(offset(rng, spec.timing) * spec.spanMinutes * MINUTE)
      end = Math.max(end, at)
      const { n, tag } = nameField(rng, spec, bland, same)
      const slots = {
        c: p.company.name,
        n,
        r: String(rng.int(10_000, 9_999_999)),
        l: `https://${p.company.domain}/${rng.pick(['confirm', 'a', 'verify', 't', 'u'])}/${rng.int(1e8, 9e8).toString(36)}`,
        k: String(rng.int(100_000, 999_999)),
      }
      let subject = fill(p.wording.subject, slots)
      if (spec.mode === 'same' && !p.wording.subject.includes('{n}')) subject = wrap(subject, n)
      const id = `${spec.waveId}-${ci}-${s}`
      const label: MailLabel = {
        label: 'wave',
        lang: p.wording.lang,
        family: p.wording.family,
        product: p.wording.product,
        waveId: spec.waveId,
        sender: p.sender.shape,
        payload: tag,
      }
      add(part, record(id, at, p.sender.from, subject, fill(p.wording.body, slots), spec.to), label)
    }
  })
  return { ...part, spec, end, plan }
}
