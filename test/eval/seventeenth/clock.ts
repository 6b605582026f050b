// Time units and this set's window: three weeks from Monday 2027-02-01.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const WINDOW = { start: Date.UTC(2027, 1, 1), days: 21 } as const
