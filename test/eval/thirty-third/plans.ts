// The shape of each of the forty waves (kind x language): how many companies, how many
// submissions each, how long it lasts and how mail arrives, whether a third of the companies
// write in the household's other language, and the payload.
import type { Random } from '../prng.ts'
import type { Lang, WaveKind } from '../types.ts'
import { MINUTE } from './clock.ts'
import { payloadFor, type Payload } from './payloads.ts'

export const SHAPES = ['burst', 'tail', 'slow', 'small', 'one-per-company', 'steady'] as const
export type Shape = (typeof SHAPES)[number] | 'largest'

export interface WavePlan {
  waveId: string
  kind: WaveKind
  lang: Lang | 'multi'
  shape: Shape
  companies: number
  /** Submissions per company: [min, max]. */
  submissions: [number, number]
  /** Most mails the wave may hold. */
  maxMails: number
  span: number
  /** A third of the companies write in the household's other language. */
  foreign: boolean
  payload: Payload
}

/** The index of the largest wave (e-mixed multi) and of the foreign-company waves. */
export const LARGEST = 39
export const isForeignWave = (index: number) => index % 5 === 2

export function planWave(
  rng: Random,
  kind: WaveKind,
  lang: Lang | 'multi',
  index: number,
): WavePlan {
  const shape: Shape = index === LARGEST ? 'largest' : SHAPES[index % SHAPES.length]!
  const base = { waveId: `n33-w${index}`, kind, lang, shape, foreign: isForeignWave(index) }
  const payload = payloadFor(rng, index)
  switch (shape) {
    case 'largest':
      return {
        ...base,
        payload,
        companies: 150,
        submissions: [2, 4],
        maxMails: 400,
        span: 70 * MINUTE,
      }
    case 'burst':
      return {
        ...base,
        payload,
        companies: rng.int(30, 70),
        submissions: [1, 3],
        maxMails: 200,
        span: rng.int(3, 20) * MINUTE,
      }
    case 'tail':
      return {
        ...base,
        payload,
        companies: rng.int(30, 80),
        submissions: [1, 3],
        maxMails: 220,
        span: rng.int(40, 120) * MINUTE,
      }
    case 'slow':
      return {
        ...base,
        payload,
        companies: rng.int(20, 50),
        submissions: [1, 2],
        maxMails: 120,
        span: rng.int(120, 360) * MINUTE,
      }
    case 'small':
      return {
        ...base,
        payload,
        companies: rng.int(10, 20),
        submissions: [2, 2],
        maxMails: 40,
        span: rng.int(10, 40) * MINUTE,
      }
    case 'one-per-company':
      return {
        ...base,
        payload,
        companies: rng.int(20, 60),
        submissions: [1, 1],
        maxMails: 60,
        span: rng.int(15, 60) * MINUTE,
      }
    case 'steady':
      return {
        ...base,
        payload,
        companies: rng.int(40, 100),
        submissions: [1, 4],
        maxMails: 260,
        span: rng.int(30, 90) * MINUTE,
      }
  }
}

/** Minutes after the wave's start at which the i-th of n mails arrives. */
export function arrival(rng: Random, shape: Shape, span: number, i: number, n: number): number {
  if (i === 0) return 0
  if (i === n - 1) return span
  const r = rng.next()
  if (shape === 'tail') return Math.floor(span * r ** 2.5)
  if (shape === 'burst' || shape === 'largest') return Math.floor(span * r ** 1.3)
  return Math.floor(span * r)
}
