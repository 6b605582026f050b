// Arrival shapes of a wave: a front-loaded burst, a burst with a thin tail, a steady stream and a
// slow wave. Offsets are minutes after the wave's start, sorted.
import type { Random } from '../prng.ts'

export const SHAPES = ['burst', 'tail', 'steady', 'slow'] as const
export type Shape = (typeof SHAPES)[number]

export function spanMinutes(rng: Random, shape: Shape): number {
  switch (shape) {
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

/** `count` offsets in [0, span] minutes (fractional), sorted, the first at 0. */
export function arrivals(rng: Random, shape: Shape, count: number, span: number): number[] {
  const offsets = Array.from({ length: count }, (_, i) => {
    if (i === 0) return 0
    if (shape === 'burst') return span * rng.next() ** 1.8
    if (shape === 'tail') return rng.chance(0.8) ? span * 0.2 * rng.next() : span * rng.next()
    return span * rng.next()
  })
  offsets[offsets.length - 1] = count > 1 ? span : 0
  return offsets.sort((a, b) => a - b)
}
