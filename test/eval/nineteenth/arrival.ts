// Arrival times of a wave's mails: a burst (most mail early), a tail (a steady start that
// thins out) or a slow wave spread evenly; always inside [start, start + span].
import type { Random } from '../prng.ts'

export type ArrivalShape = 'burst' | 'tail' | 'slow'

export function arrivals(
  rng: Random,
  count: number,
  start: number,
  span: number,
  shape: ArrivalShape,
): number[] {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const u = rng.next()
    const f = shape === 'burst' ? u ** 2.2 : shape === 'tail' ? 1 - Math.sqrt(1 - u) : u
    times.push(start + Math.floor(f * span))
  }
  return times.sort((a, b) => a - b)
}
