// When a wave's mails arrive, by shape: fast bursts, tails (most within minutes, the rest an hour
// or two later), slow waves over hours, slow drips (one mail every 5-20 minutes for 6-12 hours),
// and small or large waves. The first mail arrives at the start, so "first minute" is inside.
import type { Random } from '../prng.ts'
import { HOUR, MINUTE } from './clock.ts'
import type { Shape } from './types.ts'

/** How many companies a wave of this shape uses (a drip's count follows from its length). */
export function companyCount(rng: Random, shape: Shape): number {
  if (shape === 'small') return rng.int(10, 20)
  if (shape === 'large') return rng.int(80, 150)
  return rng.int(20, 60)
}

/** Offsets from the start for `count` mails, sorted, the first one 0. */
export function offsets(rng: Random, shape: Shape, count: number): number[] {
  const list: number[] = []
  if (shape === 'drip') {
    let at = 0
    for (let i = 0; i < count; i++) {
      list.push(at)
      at += rng.int(5, 20) * MINUTE + rng.int(0, 59) * 1_000
    }
    return list
  }
  const span = spanOf(rng, shape)
  for (let i = 0; i < count; i++) {
    if (shape === 'tail' && rng.chance(0.25)) list.push(rng.int(60, 150) * MINUTE)
    else list.push(Math.floor(rng.next() * span))
  }
  list.sort((a, b) => a - b)
  // The wave runs its whole span: first mail at the start, last at the span's end or later.
  list[0] = 0
  list[count - 1] = Math.max(list[count - 1]!, span)
  return list
}

function spanOf(rng: Random, shape: Shape): number {
  switch (shape) {
    case 'burst':
      return rng.int(3, 25) * MINUTE
    case 'tail':
      return rng.int(5, 15) * MINUTE
    case 'slow':
      return rng.int(2, 6) * HOUR
    case 'small':
      return rng.int(5, 30) * MINUTE
    default:
      return rng.int(10, 40) * MINUTE
  }
}

/** A drip runs 6-12 hours at 5-20 minutes a mail: about 30-90 companies, one mail each. */
export function dripCount(rng: Random): number {
  return Math.round((rng.int(6, 12) * 60) / 12.5)
}
