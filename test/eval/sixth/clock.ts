// Time units and the sixth set's window: three weeks from Monday 2027-02-01, a span no earlier set
// used (they used March 2026 and November 2026).
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const SIXTH_WINDOW = { start: Date.UTC(2027, 1, 1), days: 21 } as const
