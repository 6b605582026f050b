// Time units and the twenty-fifth set's window: four weeks from Monday 2026-11-02, a window no
// earlier set used, so the redated SpamAssassin mail lands on other days.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const TWENTY_FIFTH_WINDOW = { start: Date.UTC(2026, 10, 2), days: 28 } as const

export function iso(at: number): string {
  return new Date(at).toISOString()
}
