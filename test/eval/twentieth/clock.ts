// Time units and the twentieth set's window: four weeks from Monday 2026-10-05, a window no
// earlier set used, so the redated SpamAssassin mail lands on other days.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const TWENTIETH_WINDOW = { start: Date.UTC(2026, 9, 5), days: 28 } as const

export const WINDOW_END = TWENTIETH_WINDOW.start + TWENTIETH_WINDOW.days * DAY

export function iso(at: number): string {
  return new Date(at).toISOString()
}
