// Time units and the fourteenth set's window: 2028-06-05 (a Monday) for three weeks, apart from
// every earlier set's window.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const FOURTEENTH_WINDOW = { start: Date.UTC(2028, 5, 5), days: 21 } as const
