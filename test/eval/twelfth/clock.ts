// The twelfth set's time: three weeks from Monday 2027-10-04 (UTC), after every earlier window.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const TWELFTH_WINDOW = { start: Date.UTC(2027, 9, 4), days: 21 } as const
