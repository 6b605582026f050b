// When the mails of a wave arrive: bunched at the start (forms answer within seconds of the
// attacker's script), thinning out into a long tail, sometimes with a second, smaller burst.
import type { Random } from '../prng.ts'

/** Offsets in ms from the wave's first mail, ascending, the first 0 and none beyond `span`. */
export function arrivals(rng: Random, count: number, span: number): number[] {
  const power = 1.6 + rng.next() * 1.4
  const second = rng.chance(0.3)
    ? { at: 0.3 + rng.next() * 0.4, share: 0.2 + rng.next() * 0.15 }
    : null
  const offsets = Array.from({ length: count }, () => {
    if (second && rng.chance(second.share)) {
      const room = 1 - second.at
      return Math.floor(span * (second.at + room * Math.pow(rng.next(), power + 1)))
    }
    return Math.floor(span * Math.pow(rng.next(), power))
  })
  offsets.sort((a, b) => a - b)
  offsets[0] = 0
  return offsets
}
