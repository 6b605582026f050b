// The shape of each wave: size, span and arrival, chosen per kind and language within the brief
// (20-150 companies, 40-400 mails, 3-90 minutes), plus the named exceptions the brief asks for:
// a slow wave (20 companies over 90 minutes), a wave over several hours, a wave that drips
// 1-3 mails an hour for a day, a small wave (10-20 mails from 10-15 companies), and the largest.
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import type { Payload } from './payloads.ts'

export type Arrival = 'burst' | 'tail' | 'slow' | 'hours' | 'drip'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  mails: number
  /** Minutes from the first to the last mail at most. */
  span: number
  arrival: Arrival
  payload: Payload
}

/** [kind index, language index] of the named waves (language index 7 is multilingual). */
export const SLOW_WAVE = [3, 7] as const
export const HOURS_WAVE = [2, 6] as const
export const DRIP_WAVE = [1, 4] as const
export const SMALL_WAVE = [0, 5] as const
export const LARGEST_WAVE = [4, 7] as const
/** This scenario holds a second wave from another attacker, overlapping the first. */
export const OVERLAP_WAVE = [0, 7] as const

const is = (w: readonly [number, number], k: number, l: number) => w[0] === k && w[1] === l

export function shapeOf(
  rng: Random,
  k: number,
  l: number,
): Omit<WavePlan, 'waveId' | 'kind' | 'lang' | 'start' | 'payload'> {
  if (is(SLOW_WAVE, k, l))
    return { companies: 20, mails: rng.int(40, 55), span: 90, arrival: 'slow' }
  if (is(HOURS_WAVE, k, l))
    return {
      companies: rng.int(25, 35),
      mails: rng.int(55, 75),
      span: 60 * rng.int(3, 5),
      arrival: 'hours',
    }
  if (is(DRIP_WAVE, k, l))
    return { companies: rng.int(30, 40), mails: 0, span: 24 * 60, arrival: 'drip' }
  if (is(SMALL_WAVE, k, l))
    return {
      companies: rng.int(10, 15),
      mails: rng.int(15, 20),
      span: rng.int(10, 25),
      arrival: 'burst',
    }
  if (is(LARGEST_WAVE, k, l))
    return { companies: 150, mails: 400, span: rng.int(40, 70), arrival: 'tail' }
  const companies = rng.int(20, 70)
  const mails = Math.min(400, Math.max(40, Math.round(companies * (1 + rng.next() * 1.6))))
  const arrival = rng.pick(['burst', 'burst', 'tail', 'tail', 'slow'] as const)
  const span =
    arrival === 'burst' ? rng.int(3, 20) : arrival === 'tail' ? rng.int(25, 70) : rng.int(60, 90)
  return { companies, mails, span, arrival }
}

/** Fraction of the span at which a mail arrives. */
export function arrivalFraction(rng: Random, arrival: Arrival): number {
  const u = rng.next()
  if (arrival === 'tail') return u ** 2.6
  if (arrival === 'burst') return u ** 1.4
  return u
}
