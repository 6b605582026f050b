// A wave's plan: its kind, language, payload, size, arrival shape and span. Sizes and spans stay
// within the brief (20-150 companies, 40-400 mails, 3-90 minutes); two waves run slowly over
// several hours (the brief's "some waves run slowly over several hours").
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { pickPayload, type Payload } from './payloads.ts'

export type Arrival = 'burst' | 'tail' | 'slow' | 'hours'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  /** Mails at most. */
  cap: number
  arrival: Arrival
  /** Last mail at most this long after the first. */
  span: number
  payload: Payload
  /** The payload stands in every subject (the largest multilingual wave). */
  sameSubject: boolean
  /** This wave hits a person who had everyday mail from some of the companies before. */
  priorCustomer: boolean
}

const KIND_CODE: Record<WaveKind, string> = {
  'a-acknowledgement': 'a',
  'b-verification': 'b',
  'c-subscription': 'c',
  'd-reset': 'd',
  'e-mixed': 'e',
}

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: Lang | 'multi',
  start: number,
  index: number,
): WavePlan {
  const multi = lang === 'multi'
  const largest = multi && kind === 'e-mixed'
  const slowest = multi && kind === 'd-reset'
  const hours = index === 9 || index === 26
  const arrival: Arrival = slowest
    ? 'slow'
    : hours
      ? 'hours'
      : rng.pick(['burst', 'burst', 'tail', 'slow'] as const)
  const span = slowest
    ? 90 * MINUTE
    : hours
      ? rng.int(150, 240) * MINUTE
      : arrival === 'burst'
        ? rng.int(3, 25) * MINUTE
        : rng.int(20, 90) * MINUTE
  return {
    waveId: `n22-${KIND_CODE[kind]}-${lang}`,
    kind,
    lang,
    start,
    companies: largest ? 150 : slowest ? 20 : multi ? rng.int(40, 90) : rng.int(20, 55),
    cap: largest ? 400 : rng.int(50, 190),
    arrival,
    span,
    payload: pickPayload(rng, index),
    sameSubject: largest,
    priorCustomer: index % 3 === 1,
  }
}

/** Offset from the wave's start for one mail, by arrival shape. */
export function offsetOf(rng: Random, plan: WavePlan): number {
  const u = rng.next()
  const f = plan.arrival === 'burst' ? u ** 3 : plan.arrival === 'tail' ? u ** 2 : u
  return Math.floor(f * plan.span)
}
