// Arrival times of a wave's mails: a burst thinning into a tail, two bursts (the attacker runs
// the list twice), or a slow even pace. Sorted, all within [start, start + span].
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export const SHAPES = ['burst-tail', 'two-bursts', 'slow'] as const
export type ArrivalShape = (typeof SHAPES)[number]

export function arrivals(
  rng: Random,
  count: number,
  start: number,
  spanMinutes: number,
  shape: ArrivalShape,
): number[] {
  const span = spanMinutes * MINUTE
  const at = (fraction: number) => start + Math.floor(Math.min(1, Math.max(0, fraction)) * span)
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const u = rng.next()
    if (shape === 'slow') times.push(at(u))
    else if (shape === 'burst-tail') times.push(at(u ** 2.6))
    else times.push(at(rng.chance(0.55) ? u * 0.25 : 0.6 + u * 0.25 + rng.next() * 0.15))
  }
  times[0] = start
  return times.sort((a, b) => a - b)
}
