// Time constants and the fourth set's calendar window (no clock is read anywhere in this set).
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** The fourth set's window: three weeks from Monday 2026-09-07 (the earlier sets used March and April). */
export const FOURTH_WINDOW = { start: Date.UTC(2026, 8, 7), days: 21 } as const

/** Midnight (UTC) of the day `at` falls on. */
export function dayStart(at: number): number {
  return Math.floor(at / DAY) * DAY
}

/** A moment on day `day` of the window at hh:mm (UTC). */
export function windowAt(day: number, hour: number, minute: number): number {
  return FOURTH_WINDOW.start + day * DAY + hour * HOUR + minute * MINUTE
}
