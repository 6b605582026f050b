// The ninth set's time window and units; dates are ISO strings in the .jsonl contract.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** 2026-09-07 (a Monday) for three weeks: a window no earlier set used. */
export const NINTH_WINDOW = { start: Date.UTC(2026, 8, 7), days: 21 } as const

export function iso(at: number): string {
  return new Date(at).toISOString()
}
