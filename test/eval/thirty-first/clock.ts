// Time units and the thirty-first set's window: four weeks from Monday 2026-11-02.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const THIRTY_FIRST_WINDOW = { start: Date.UTC(2026, 10, 2), days: 28 } as const

export function iso(at: number): string {
  return new Date(at).toISOString()
}
