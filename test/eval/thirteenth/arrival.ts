// When the mails of a wave arrive: a burst (most in the first minutes), a burst with a long tail,
// a steady stream, or a slow trickle over more than an hour. Times in ms, sorted.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export const ARRIVALS = ['burst', 'tail', 'steady', 'slow'] as const
export type Arrival = (typeof ARRIVALS)[number]

/** Span in minutes for each arrival shape (the brief's 3-90 minutes). */
export function spanMinutes(rng: Random, arrival: Arrival): number {
  switch (arrival) {
    case 'burst':
      return rng.int(3, 15)
    case 'tail':
      return rng.int(20, 60)
    case 'steady':
      return rng.int(15, 75)
    case 'slow':
      return rng.int(70, 90)
  }
}

function offset(rng: Random, arrival: Arrival): number {
  const u = rng.next()
  switch (arrival) {
    case 'burst':
      return u * u
    case 'tail':
      // Four in five within the first fifth, the rest spread thinly to the end.
      return rng.chance(0.8) ? u * 0.2 : 0.2 + u * 0.8
    case 'steady':
    case 'slow':
      return u
  }
}

export function arrivalTimes(
  rng: Random,
  count: number,
  start: number,
  minutes: number,
  arrival: Arrival,
): number[] {
  const span = minutes * MINUTE
  const times = Array.from({ length: count }, () => start + Math.floor(offset(rng, arrival) * span))
  times.sort((a, b) => a - b)
  // The first mail opens the wave and the last closes the span, so the span is what was drawn.
  times[0] = start
  times[count - 1] = start + span
  return times
}
