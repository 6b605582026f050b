// When a wave's mails arrive: offsets in [0, 1] (the first at 0, the last at 1) in one of three
// shapes seen in real waves: a burst with a long tail, an even stream, or two bursts.
import type { Random } from '../prng.ts'

export const ARRIVALS = ['burst-tail', 'even', 'two-bursts'] as const
export type Arrival = (typeof ARRIVALS)[number]

function raw(rng: Random, shape: Arrival): number {
  const r = rng.next()
  if (shape === 'burst-tail') return r ** 2.4
  if (shape === 'even') return r
  return rng.chance(0.55) ? r * 0.25 : 0.6 + r * 0.25
}

/** `count` sorted offsets stretched so the first is 0 and the last is 1. */
export function offsets(rng: Random, shape: Arrival, count: number): number[] {
  const values = Array.from({ length: count }, () => raw(rng, shape)).sort((a, b) => a - b)
  const low = values[0] ?? 0
  const high = values[values.length - 1] ?? 1
  return values.map((v) => (high > low ? (v - low) / (high - low) : 0))
}
