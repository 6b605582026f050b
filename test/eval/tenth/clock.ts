// Time units and the tenth set's window. Every date is a fixed number derived from a seed, never
// the machine's clock, and is written into the records as an ISO-8601 string.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** Three weeks from Monday 2027-02-01: a window after every earlier set's. */
export const TENTH_WINDOW = { start: Date.UTC(2027, 1, 1), days: 21 } as const

export function iso(at: number): string {
  return new Date(at).toISOString()
}
