// When a wave's mails arrive: a burst (evenly over a few minutes), a tail (most at once, the
// rest trickling in over hours) or a slow wave (spread over hours).
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export type Arrival = 'burst' | 'tail' | 'slow'

/** Offsets from the wave's start, in ms, sorted; the first is 0 and the last is the span. */
export function offsets(rng: Random, arrival: Arrival, count: number, spanMin: number): number[] {
  const span = spanMin * MINUTE
  const out = Array.from({ length: count }, () => {
    const u = rng.next()
    if (arrival === 'tail') return u < 0.7 ? u * 0.15 * span : (0.1 + 0.9 * rng.next() ** 2) * span
    return u * span
  })
  out.sort((a, b) => a - b)
  if (count > 0) out[0] = 0
  if (count > 1) out[count - 1] = span
  return out.map(Math.round)
}
