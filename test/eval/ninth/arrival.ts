// When the mails of a wave arrive: a burst (most at once), a tail (a burst that fades), an even
// spread, or a slow wave stretched over more than an hour. Offsets in ms from the wave's start.
import type { Random } from '../prng.ts'

export const ARRIVALS = ['burst', 'tail', 'even', 'slow'] as const
export type Arrival = (typeof ARRIVALS)[number]

export function offsets(rng: Random, arrival: Arrival, count: number, span: number): number[] {
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    const u = rng.next()
    const x =
      arrival === 'burst'
        ? u * u * u
        : arrival === 'tail'
          ? Math.min(1, -Math.log(1 - u * 0.95) / 3)
          : arrival === 'slow'
            ? Math.sqrt(u)
            : u
    out.push(Math.floor(x * span))
  }
  // The first and last mails mark the span the wave was meant to have.
  out[0] = 0
  out[count - 1] = span
  return out.sort((a, b) => a - b)
}
