// Shared pieces of the quiet inbox's hand-written everyday mail.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { DAY, FIFTH_WINDOW, HOUR, MINUTE } from '../clock.ts'

export interface QuietMail {
  at: number
  from: string
  subject: string
  body: string
  /** What kind of everyday mail this is (the label's `source`). */
  source: string
  lang?: Lang
  folder?: 'sent'
  to?: string
}

/** A moment in the quiet window: day 0–20, hour, minute (UTC; Lisbon keeps UTC in November). */
export function at(day: number, hour: number, minute = 0): number {
  return FIFTH_WINDOW.start + day * DAY + hour * HOUR + minute * MINUTE
}

/** A random moment on the given day between the given hours. */
export function during(rng: Random, day: number, fromHour: number, toHour: number): number {
  return at(day, fromHour) + Math.floor(rng.next() * (toHour - fromHour) * HOUR)
}

export const ME = 'Femke Oyelaran <femke.oyelaran@inbox.example>'
