// The eleventh set's calendar: three weeks from Monday 2027-06-07, a window no earlier set used.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const ELEVENTH_WINDOW = { start: Date.UTC(2027, 5, 7), days: 21 } as const
