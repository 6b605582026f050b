// Time units and the fifth set's window. Dates are fixed numbers (never the clock), written as
// ISO-8601 strings in the records.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** Three weeks from Monday 2026-11-02, a window no earlier set used. */
export const FIFTH_WINDOW = { start: Date.UTC(2026, 10, 2), days: 21 } as const

export function iso(at: number): string {
  return new Date(at).toISOString()
}
