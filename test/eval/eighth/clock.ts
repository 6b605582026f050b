// Time units and the eighth set's window: three weeks from Monday 2027-03-08, a window no earlier
// set used (their READMEs name 2026-03-02, 2026-04-06, 2026-09-07, 2026-11-02, 2027-01-11 and
// 2027-02-01).
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const EIGHTH_WINDOW = { start: Date.UTC(2027, 2, 8), days: 21 } as const

export const iso = (at: number): string => new Date(at).toISOString()
