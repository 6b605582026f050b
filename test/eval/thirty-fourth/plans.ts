// How each wave of the set is shaped: its size, arrival (burst, tail, slow), submissions per
// company, payload, and whether it is an auto-reply wave or carries "verify to submit" mail.
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import { HOUR, MINUTE } from './clock.ts'
import { pickPayload, type Payload } from './payloads.ts'

export const SHAPES = ['burst', 'tail', 'slow'] as const
export type Arrival = (typeof SHAPES)[number]

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  start: number
  companies: number
  /** Arrival window in ms. */
  span: number
  arrival: Arrival
  maxSubmissions: number
  payload: Payload
  /** The companies' auto-responders answer mail the attacker sent in the victim's name. */
  autoReply: boolean
  /** Some helpdesks ask to verify the address before filing the request (Zendesk, 2026). */
  requestVerify: boolean
  /** Small (10-20 companies), one-per-company and so on, for the per-shape report lines. */
  shape: string
}

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: Lang | 'multi',
  start: number,
  index: number,
): WavePlan {
  const arrival = SHAPES[index % 3]!
  const small = index % 5 === 0
  const onePer = index % 4 === 1
  const companies =
    kind === 'e-mixed' && lang === 'multi'
      ? rng.int(130, 150)
      : small
        ? rng.int(onePer ? 15 : 10, 20)
        : rng.int(20, 85)
  const span =
    arrival === 'burst'
      ? rng.int(3, 20) * MINUTE
      : arrival === 'tail'
        ? rng.int(40, 120) * MINUTE
        : rng.int(2 * 60, 6 * 60) * MINUTE
  const autoReply = kind === 'a-acknowledgement' && lang !== 'multi'
  const shape = [arrival, small ? 'small' : companies > 100 ? 'large' : 'medium']
  if (onePer) shape.push('one-per-company')
  return {
    waveId: `n34-${kind.slice(0, 1)}-${lang}`,
    kind,
    lang,
    start,
    companies,
    span: Math.min(span, 6 * HOUR),
    arrival,
    maxSubmissions: onePer ? 1 : rng.int(2, 4),
    payload: pickPayload(rng, index),
    autoReply,
    requestVerify: index % 3 === 0 || kind === 'e-mixed',
    shape: shape.join('/'),
  }
}

/** Offset from the wave's start for the i-th of n arrivals. */
export function arrivalOffset(rng: Random, plan: WavePlan, i: number, n: number): number {
  const u = n <= 1 ? 0 : i / (n - 1)
  if (plan.arrival === 'burst') return Math.floor(rng.next() * plan.span)
  if (plan.arrival === 'slow')
    return Math.floor(Math.min(1, u * 0.9 + rng.next() * 0.1) * plan.span)
  // tail: most mail in the first tenth, the rest thinning out to the end
  return rng.chance(0.6)
    ? Math.floor(rng.next() * plan.span * 0.1)
    : Math.floor(Math.pow(rng.next(), 2) * plan.span)
}
