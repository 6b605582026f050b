// The thirteenth set's calendar: three weeks from Monday 2028-02-07, after every earlier window.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const THIRTEENTH_WINDOW = { start: Date.UTC(2028, 1, 7), days: 21 } as const
