// When the mails of a wave arrive: one burst thinning into a tail, two bursts (the list run
// twice), or a slow steady wave. Offsets in milliseconds from the wave's start, sorted.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export type ArrivalShape = 'burst-tail' | 'two-bursts' | 'slow'

export interface Arrival {
  shape: ArrivalShape
  spanMinutes: number
  offsets: number[]
}

export function arrivals(rng: Random, size: number, slow: boolean): Arrival {
  const shape: ArrivalShape = slow ? 'slow' : rng.chance(0.6) ? 'burst-tail' : 'two-bursts'
  const spanMinutes = shape === 'slow' ? rng.int(50, 90) : rng.int(3, 60)
  const span = spanMinutes * MINUTE
  const second = rng.next() * 0.3 + 0.45
  const offsets = Array.from({ length: size }, (_, i) => {
    if (i === 0) return 0
    if (i === size - 1) return span
    const u = rng.next()
    if (shape === 'slow') return u * span
    if (shape === 'burst-tail') return span * u ** 2.6
    return rng.chance(0.5) ? span * 0.35 * u ** 2 : span * (second + (1 - second) * u ** 2)
  })
  return { shape, spanMinutes, offsets: offsets.map(Math.round).sort((a, b) => a - b) }
}
