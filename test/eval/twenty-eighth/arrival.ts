// When each wave mail arrives, by arrival shape: a burst (most in the first minutes), a tail
// (a quick start that thins out), slow (even over 90 minutes) or hours (even over hours).
import type { Random } from '../prng.ts'

export type Arrival = 'burst' | 'tail' | 'slow' | 'hours'

/** Offsets in minutes within [0, span], the first one 0 and the last one the span. */
export function offsets(rng: Random, count: number, arrival: Arrival, span: number): number[] {
  const raw = Array.from({ length: count }, () => {
    const u = rng.next()
    if (arrival === 'burst') return u * u
    if (arrival === 'tail') return Math.min(1, -Math.log(1 - u * 0.97) / 3.5)
    return u
  })
  const lo = Math.min(...raw)
  const hi = Math.max(...raw)
  return raw.map((x) => ((x - lo) / (hi - lo || 1)) * span)
}
