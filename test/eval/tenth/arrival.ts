// When a wave's mails arrive: one burst thinning into a tail, two bursts (the attacker runs the
// list twice), or a slow wave at an even pace. Offsets in milliseconds from the wave's start.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export const ARRIVALS = ['burst-tail', 'two-bursts', 'slow'] as const
export type Arrival = (typeof ARRIVALS)[number]

/** The span in minutes each shape takes (the whole set stays within 3–90 minutes). */
export function spanMinutes(rng: Random, shape: Arrival): number {
  if (shape === 'slow') return rng.int(45, 90)
  if (shape === 'two-bursts') return rng.int(12, 60)
  return rng.int(3, 40)
}

export function offsets(rng: Random, shape: Arrival, count: number, span: number): number[] {
  const total = span * MINUTE
  const out = Array.from({ length: count }, (_, i) => {
    const u = rng.next()
    if (shape === 'slow') return u * total
    if (shape === 'burst-tail') return Math.pow(u, 2.6) * total
    const second = i % 2 === 1
    return second ? (0.6 + 0.4 * Math.pow(u, 2)) * total : 0.35 * Math.pow(u, 2) * total
  })
  out[0] = 0
  out[out.length - 1] = total
  return out.sort((a, b) => a - b).map(Math.round)
}
