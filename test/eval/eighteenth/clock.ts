// Time units and the set's own window: three weeks from Monday 2027-02-01, a window no earlier
// set used, so the quiet inbox's redated mail does not line up with any earlier set's.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const EIGHTEENTH_WINDOW = { start: Date.UTC(2027, 1, 1), days: 21 } as const
