// Each wave's plan: size, span, arrival, payload and the mix of forms the attackers used. Named
// exceptions: a slow wave (20 companies over 90 minutes), one over several hours, one small wave
// of 10-20 mails from 10-15 companies, two waves overlapping, and the largest (150 companies).
import type { Random } from '../prng.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickPayload, type Payload } from './payloads.ts'
import type { Style } from './wording/blocks.ts'

export const WAVE_LANGS: readonly (Lang | 'multi')[] = [...LANGUAGES, 'multi']
const at = (kind: WaveKind, lang: Lang | 'multi') =>
  [WAVE_KINDS.indexOf(kind), WAVE_LANGS.indexOf(lang)] as const

export const SLOW_WAVE = at('d-reset', 'multi')
export const HOURS_WAVE = at('c-subscription', 'nl')
export const SMALL_WAVE = at('b-verification', 'it')
export const OVERLAP_WAVE = at('e-mixed', 'de')
export const LARGEST_WAVE = at('e-mixed', 'multi')

export type Arrival = 'burst' | 'tail' | 'slow' | 'hours'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  /** Bounds on the wave's mails. */
  minMails: number
  maxMails: number
  spanMinutes: number
  arrival: Arrival
  payload: Payload
  styles: readonly [Style, number][]
}

const MIX: Record<WaveKind, readonly [Style, number][]> = {
  'a-acknowledgement': [
    ['check', 0.55],
    ['ack', 0.33],
    ['verify', 0.05],
    ['sub', 0.04],
    ['reset', 0.03],
  ],
  'b-verification': [
    ['check', 0.5],
    ['verify', 0.4],
    ['ack', 0.04],
    ['sub', 0.03],
    ['reset', 0.03],
  ],
  'c-subscription': [
    ['sub', 0.8],
    ['check', 0.08],
    ['verify', 0.08],
    ['reset', 0.04],
  ],
  'd-reset': [
    ['reset', 0.8],
    ['verify', 0.08],
    ['check', 0.08],
    ['sub', 0.04],
  ],
  'e-mixed': [
    ['check', 0.32],
    ['ack', 0.18],
    ['verify', 0.18],
    ['sub', 0.16],
    ['reset', 0.16],
  ],
}

export function pickStyle(rng: Random, styles: readonly [Style, number][]): Style {
  let roll = rng.next()
  for (const [style, weight] of styles) {
    if (roll < weight) return style
    roll -= weight
  }
  return styles[0]![0]
}

const is = (w: readonly [number, number], k: number, l: number) => w[0] === k && w[1] === l

export function planWave(
  rng: Random,
  k: number,
  l: number,
  start: number,
  second = false,
): WavePlan {
  const kind = WAVE_KINDS[k]!
  const lang = WAVE_LANGS[l]!
  const index = k * WAVE_LANGS.length + l
  const base = {
    waveId: `n31-${kind.slice(0, 1)}-${lang}${second ? '-2' : ''}`,
    kind,
    lang,
    start,
    minMails: 40,
    maxMails: 400,
    payload: pickPayload(rng, second ? index + 1 : index),
    styles: MIX[kind],
  }
  if (is(SLOW_WAVE, k, l)) return { ...base, companies: 20, spanMinutes: 90, arrival: 'slow' }
  if (is(HOURS_WAVE, k, l))
    return { ...base, companies: rng.int(28, 36), spanMinutes: rng.int(200, 300), arrival: 'hours' }
  if (is(SMALL_WAVE, k, l))
    return {
      ...base,
      companies: rng.int(10, 15),
      minMails: 10,
      maxMails: 20,
      spanMinutes: rng.int(4, 9),
      arrival: 'burst',
    }
  if (is(LARGEST_WAVE, k, l)) return { ...base, companies: 150, spanMinutes: 45, arrival: 'tail' }
  const arrival: Arrival = rng.pick(['burst', 'burst', 'tail', 'tail', 'slow'])
  const spanMinutes =
    arrival === 'burst' ? rng.int(3, 15) : arrival === 'tail' ? rng.int(20, 60) : rng.int(60, 90)
  const companies = lang === 'multi' ? rng.int(60, 120) : rng.int(20, 70)
  return { ...base, companies, spanMinutes, arrival }
}

/** Minutes after the start for the n-th of `count` arrivals. */
export function arrivalOffset(rng: Random, plan: WavePlan, n: number, count: number): number {
  const span = plan.spanMinutes * MINUTE
  const u = rng.next()
  switch (plan.arrival) {
    case 'burst':
      return Math.floor(u * span)
    case 'tail':
      return Math.floor(u * u * span)
    case 'slow':
      return Math.floor(((n + u) / count) * span)
    case 'hours':
      return Math.floor(((n + u) / count) * span)
  }
}
