// When a wave's mails arrive. Three shapes: one burst that thins into a long tail, two bursts
// (the attacker runs the list twice), and a slow wave of a few mails a minute. Offsets are in
// milliseconds from the wave's first mail, sorted; the first is 0 and the last is the span.
import type { Random } from '../prng.ts'
import { MINUTE } from './clock.ts'

export type ArrivalShape = 'burst' | 'two-bursts' | 'slow'

export interface WavePlan {
  shape: ArrivalShape
  count: number
  spanMinutes: number
}

/** Bounds every wave keeps: 50–400 mails within 3–120 minutes. */
export const WAVE_BOUNDS = { minMails: 50, maxMails: 400, minMinutes: 3, maxMinutes: 120 } as const

export function planWave(rng: Random): WavePlan {
  const r = rng.next()
  if (r < 0.5) {
    const spanMinutes = rng.chance(0.75) ? rng.int(3, 45) : rng.int(46, 120)
    return { shape: 'burst', count: rng.int(50, 400), spanMinutes }
  }
  if (r < 0.78)
    return { shape: 'two-bursts', count: rng.int(80, 400), spanMinutes: rng.int(20, 120) }
  const spanMinutes = rng.int(30, 120)
  const perMinute = 1.5 + rng.next() * 2.5
  const count = Math.max(50, Math.min(400, Math.round(spanMinutes * perMinute)))
  return { shape: 'slow', count, spanMinutes }
}

function burst(rng: Random, n: number, from: number, length: number): number[] {
  const power = 2.2 + rng.next() * 1.5
  return Array.from({ length: n }, () => from + rng.next() ** power * length)
}

export function arrivalOffsets(rng: Random, plan: WavePlan): number[] {
  const span = plan.spanMinutes * MINUTE
  let offsets: number[]
  if (plan.shape === 'burst') offsets = burst(rng, plan.count, 0, span)
  else if (plan.shape === 'slow')
    offsets = Array.from({ length: plan.count }, () => rng.next() * span)
  else {
    const first = Math.round(plan.count * (0.55 + rng.next() * 0.2))
    const second = span * (0.5 + rng.next() * 0.2)
    offsets = [
      ...burst(rng, first, 0, span * 0.35),
      ...burst(rng, plan.count - first, second, span - second),
    ]
  }
  offsets.sort((a, b) => a - b)
  offsets[0] = 0
  offsets[offsets.length - 1] = span
  // Forms answer one submission at a time: at the peak two or three mails a second, not dozens
  // in the same instant.
  for (let i = 1; i < offsets.length; i++)
    offsets[i] = Math.max(offsets[i]!, offsets[i - 1]! + rng.int(150, 700))
  const scale = span / offsets.at(-1)!
  return offsets.map((o) => Math.round(o * scale))
}
