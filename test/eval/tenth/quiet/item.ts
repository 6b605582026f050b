// One everyday mail of the quiet inbox before it gets an id: when, from whom, what, and where it
// comes from (the `source` of its `ham` or `own` label).
import type { Random } from '../../prng.ts'
import { DAY, HOUR, MINUTE } from '../clock.ts'

export interface Everyday {
  at: number
  from: string
  subject: string
  body: string
  source: string
  folder?: 'inbox' | 'sent'
  own?: boolean
}

/** A moment on day `day` of the window, during the waking hours. */
export function dayTime(rng: Random, start: number, day: number): number {
  return start + day * DAY + rng.int(7, 22) * HOUR + rng.int(0, 59) * MINUTE
}
