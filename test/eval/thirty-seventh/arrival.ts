// When a wave's mails arrive, by shape: fast bursts (3-25 minutes), tails (three quarters within
// 5-15 minutes, the rest over 1-2.5 hours), slow waves (2-6 hours), slow drips (one mail every
// 5-20 minutes for 6-12 hours), small waves (10-20 companies) and large ones (100-150).
import type { Random } from '../prng.ts'
import { HOUR, MINUTE } from '../nineteenth/clock.ts'

export const SHAPES = ['burst', 'tail', 'slow', 'drip', 'small', 'large'] as const
export type Shape = (typeof SHAPES)[number]

/** How many companies a wave of this shape draws. */
export function companyCount(rng: Random, shape: Shape, largest: boolean): number {
  if (largest) return 150
  switch (shape) {
    case 'small':
      return rng.int(10, 20)
    case 'large':
      return rng.int(100, 140)
    case 'slow':
      return rng.int(20, 45)
    default:
      return rng.int(25, 60)
  }
}

/** Submissions per company: one in a drip, one or two in a large wave, else one to three. */
export function submissions(rng: Random, shape: Shape): number {
  if (shape === 'drip') return 1
  if (shape === 'large') return rng.int(1, 2)
  return rng.chance(0.5) ? 1 : rng.int(2, 3)
}

/** A drip's arrival offsets: one mail every 5-20 minutes for 6-12 hours. */
export function dripOffsets(rng: Random): number[] {
  const length = rng.int(6, 12) * HOUR
  const offsets = [0]
  for (;;) {
    const next = offsets[offsets.length - 1]! + rng.int(5, 20) * MINUTE
    if (next > length) return offsets
    offsets.push(next)
  }
}

/** Offsets (from the wave's start) of `count` mails for the other shapes. */
export function offsets(rng: Random, shape: Shape, count: number): number[] {
  const within = (span: number) =>
    Array.from({ length: count }, (_, i) => (i === 0 ? 0 : Math.floor(rng.next() * span)))
  switch (shape) {
    case 'burst':
      return within(rng.int(3, 25) * MINUTE)
    case 'tail': {
      const head = rng.int(5, 15) * MINUTE
      const tail = rng.int(60, 150) * MINUTE
      return within(head).map((at, i) =>
        i > 0 && i % 4 === 0 ? head + Math.floor(rng.next() * tail) : at,
      )
    }
    case 'slow':
      return within(rng.int(2, 6) * HOUR)
    case 'small':
      return within(rng.int(5, 40) * MINUTE)
    default:
      return within(rng.int(20, 90) * MINUTE)
  }
}
