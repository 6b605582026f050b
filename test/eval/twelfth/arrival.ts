// When a wave's mails arrive: a burst with a tail, an even stream, or two bursts, over the
// wave's span. Offsets in ms from the start, sorted.
import type { Random } from '../prng.ts'

export const ARRIVALS = ['burst-tail', 'even', 'two-bursts'] as const
export type Arrival = (typeof ARRIVALS)[number]

export function offsets(rng: Random, count: number, span: number, shape: Arrival): number[] {
  const at = (from: number, to: number) => Math.floor(span * (from + rng.next() * (to - from)))
  const list = Array.from({ length: count }, (_, i) => {
    if (i === 0) return 0
    if (shape === 'even') return at(0, 1)
    if (shape === 'burst-tail') return rng.chance(0.7) ? at(0, 0.3) : at(0.3, 1)
    return rng.chance(0.5) ? at(0, 0.25) : at(0.6, 0.85)
  })
  list.push(span)
  return list
    .sort((a, b) => a - b)
    .slice(0, count - 1)
    .concat(span)
}
