// Time units and the seventh set's window: three weeks from Monday 2027-01-11, a window no
// earlier set used, so the redated SpamAssassin mails fall on other days than before.
export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const SEVENTH_WINDOW = { start: Date.UTC(2027, 0, 11), days: 21 } as const
