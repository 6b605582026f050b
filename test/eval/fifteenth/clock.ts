// Time units and the fifteenth set's window: three weeks from Monday 2026-09-07.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const FIFTEENTH_WINDOW = { start: Date.UTC(2026, 8, 7), days: 21 } as const
