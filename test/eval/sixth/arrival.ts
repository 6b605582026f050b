// When the mails of a wave arrive: one burst thinning into a tail, two bursts (the attacker runs
// the list twice), or a slow wave spread evenly over up to an hour and a half.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export const ARRIVAL_SHAPES = ['burst-tail', 'two-bursts', 'slow'] as const
export type ArrivalShape = (typeof ARRIVAL_SHAPES)[number]

/** `n` sorted offsets in ms from the wave's start, the first at 0 and the last at `span`. */
export function arrivals(
  rng: Random,
  shape: ArrivalShape,
  n: number,
  spanMinutes: number,
): number[] {
  const span = spanMinutes * MINUTE
  const at = (from: number, to: number) => Math.floor(span * (from + rng.next() * (to - from)))
  const offsets = Array.from({ length: n }, (_, i) => {
    if (shape === 'slow') return at(0, 1)
    if (shape === 'two-bursts') return i % 2 === 0 ? at(0, 0.15) : at(0.6, 0.75)
    return rng.chance(0.6) ? at(0, 0.2) * rng.next() : at(0, 1)
  })
  offsets.sort((a, b) => a - b)
  offsets[0] = 0
  offsets[n - 1] = span
  return offsets
}
