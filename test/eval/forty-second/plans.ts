// When an attack's companies answer, and what it carries. Full waves rotate through six shapes;
// small attacks rotate through the six overlap sizes, a third with no payload (an address probe
// or a cheap tool); cut attacks send 3-6 companies every 40-90 minutes over a day.
import { DAY, HOUR, MINUTE } from '../nineteenth/clock.ts'
import type { Random } from '../prng.ts'
import type { Payload } from './attacks.ts'
import { PAYLOAD_KINDS, SHAPES, SMALL_SIZES, STYLES, type Shape } from './types.ts'

/** Four weeks from Monday 2027-01-11, a window no earlier set used. */
export const WINDOW = { start: Date.UTC(2027, 0, 11), days: 28 } as const

export function shapeOf(index: number): Shape {
  return SHAPES[index % SHAPES.length]!
}

const spread = (rng: Random, start: number, n: number, span: number): number[] =>
  Array.from({ length: n }, () => start + Math.floor(rng.next() * span)).sort((a, b) => a - b)

/** First arrivals of a full wave's companies. */
export function waveTimes(rng: Random, shape: Shape, start: number): number[] {
  switch (shape) {
    case 'burst':
      return spread(rng, start, rng.int(20, 60), rng.int(3, 25) * MINUTE)
    case 'tail': {
      const n = rng.int(20, 50)
      const head = spread(rng, start, Math.ceil(n * 0.75), rng.int(5, 15) * MINUTE)
      const tail = spread(rng, start + HOUR, n - head.length, rng.int(0, 90) * MINUTE)
      return [...head, ...tail]
    }
    case 'slow':
      return spread(rng, start, rng.int(20, 40), rng.int(2, 6) * HOUR)
    case 'drip': {
      const n = rng.int(15, 30)
      let at = start
      return Array.from({ length: n }, () => (at += rng.int(5, 20) * MINUTE))
    }
    case 'small':
      return spread(rng, start, rng.int(10, 20), rng.int(5, 20) * MINUTE)
    case 'large':
      return spread(rng, start, rng.int(80, 150), rng.int(10, 40) * MINUTE)
  }
}

/** A small attack: `size` companies within 2-20 minutes. */
export function smallTimes(rng: Random, size: number, start: number): number[] {
  return spread(rng, start, size, rng.int(2, 20) * MINUTE)
}

/** A cut attack: 3-5 pieces of 3-6 companies, a piece every 40-90 minutes. */
export function pieceTimes(rng: Random, start: number): { times: number[]; pieces: number[] } {
  const pieces: number[] = []
  const times: number[] = []
  let at = start
  for (let p = 0; p < rng.int(3, 5); p++) {
    pieces.push(at)
    times.push(...spread(rng, at, rng.int(3, 6), rng.int(1, 4) * MINUTE))
    at += rng.int(40, 90) * MINUTE
  }
  return { times, pieces }
}

const withPayload = (n: number, m: number): Payload => ({
  kind: PAYLOAD_KINDS[n % PAYLOAD_KINDS.length]!,
  style: STYLES[m % STYLES.length]!,
})

/** Every fourth full wave carries none (a bland question and the person's name). */
export function wavePayload(index: number): Payload {
  return index % 4 === 3 ? { kind: 'none' } : withPayload(index, Math.floor(index / 5))
}

/** Small attack n (0-79): size by n, none for a third of each size (probes and tools in turn). */
export function smallPlan(n: number): { size: number; payload: Payload } {
  const size = SMALL_SIZES[n % SMALL_SIZES.length]!
  const none = Math.floor(n / SMALL_SIZES.length) % 3 === 0
  const payload: Payload = none
    ? { kind: 'none', smallKind: Math.floor(n / 18) % 2 === 0 ? 'probe' : 'tool' }
    : { ...withPayload(n, Math.floor(n / PAYLOAD_KINDS.length)), smallKind: 'payload' }
  return { size, payload }
}

/** Cut attack i (one per wave scenario): a third with none, the others one payload throughout. */
export function piecesPayload(i: number): Payload {
  if (i % 3 === 0) return { kind: 'none', smallKind: i % 2 === 0 ? 'tool' : 'probe' }
  return { ...withPayload(i + 2, i), smallKind: 'payload' }
}

/** A time on day `day` of the window between `from` and `to` o'clock. */
export function dayTime(rng: Random, day: number, from: number, to: number): number {
  return WINDOW.start + day * DAY + rng.int(from, to - 1) * HOUR + rng.int(0, 59) * MINUTE
}
