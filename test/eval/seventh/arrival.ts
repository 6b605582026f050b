// When the mails of a wave arrive: one burst thinning into a tail, two bursts (the attacker runs
// the list twice), or a slow wave at an even pace. Returns sorted times from `start`.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export const ARRIVALS = ['burst-tail', 'two-bursts', 'slow'] as const
export type Arrival = (typeof ARRIVALS)[number]

/** Span in minutes of each shape: 3-90 minutes in all, the slow ones 45-90. */
export function spanFor(rng: Random, arrival: Arrival): number {
  return arrival === 'slow' ? rng.int(45, 90) : rng.int(3, 40)
}

function offset(rng: Random, arrival: Arrival, span: number): number {
  const u = rng.next()
  if (arrival === 'slow') return u * span
  if (arrival === 'two-bursts') {
    const second = rng.chance(0.45)
    return (second ? 0.55 : 0) * span + u * 0.2 * span
  }
  // Most mail in the first fifth, the rest thinning out over the span.
  return rng.chance(0.7) ? u * 0.2 * span : 0.2 * span + Math.pow(u, 1.8) * 0.8 * span
}

export function arrivalTimes(
  rng: Random,
  arrival: Arrival,
  start: number,
  size: number,
  span: number,
): number[] {
  const times = Array.from({ length: size }, () =>
    Math.round(start + offset(rng, arrival, span) * MINUTE),
  )
  times[0] = start
  return times.sort((a, b) => a - b)
}
