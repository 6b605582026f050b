// Arrival times of a wave's mails: one burst thinning into a tail, two bursts (the attacker runs
// the list twice), or a slow wave of one to three mails a minute. Offsets from the wave's start.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export type ArrivalShape = 'burst-tail' | 'two-bursts' | 'slow'

export function arrivals(
  rng: Random,
  shape: ArrivalShape,
  count: number,
  spanMinutes: number,
): number[] {
  const span = spanMinutes * MINUTE
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const u = rng.next()
    if (shape === 'slow') times.push(u * span)
    else if (shape === 'burst-tail') times.push(span * u * u * u)
    else {
      const second = rng.chance(0.45)
      const local = u * u * span * 0.3
      times.push(second ? span * 0.6 + local : local)
    }
  }
  times[0] = 0
  // No two mails in the same instant: at the peak two to five a second, as mail servers deliver.
  const sorted = times.sort((a, b) => a - b)
  for (let i = 1; i < sorted.length; i++)
    sorted[i] = Math.max(sorted[i]!, sorted[i - 1]! + rng.int(150, 450))
  return sorted.map((t) => Math.min(Math.round(t), span))
}
