// Time units and the nineteenth set's window: four weeks from Monday 2026-09-07, a window no
// earlier set used, so the redated SpamAssassin mail lands on other days.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const NINETEENTH_WINDOW = { start: Date.UTC(2026, 8, 7), days: 28 } as const

export function iso(at: number): string {
  return new Date(at).toISOString()
}
