// One everyday mail of the quiet inbox, before it gets an id: when, from whom, what, and where it
// comes from (the label's `source`). Sent mail carries folder 'sent' and its recipient.
import type { Random } from '../../prng.ts'
import { windowAt } from '../clock.ts'

export interface Everyday {
  at: number
  from: string
  subject: string
  body: string
  source: string
  folder?: 'sent'
  to?: string
}

/** A moment on window day `day` between the given hours (inclusive start, exclusive end). */
export function between(rng: Random, day: number, fromHour: number, toHour: number): number {
  const minutes = rng.int(fromHour * 60, toHour * 60 - 1)
  return windowAt(day, Math.floor(minutes / 60), minutes % 60) + rng.int(0, 59) * 1000
}

/** Window days (0 = Monday 7 September) that are weekdays, or the given weekday (0 = Monday). */
export function weekdays(weekday?: number): number[] {
  return Array.from({ length: 21 }, (_, d) => d).filter((d) =>
    weekday === undefined ? d % 7 < 5 : d % 7 === weekday,
  )
}
