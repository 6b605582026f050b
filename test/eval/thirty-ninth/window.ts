// The thirty-ninth set's window: four weeks from Monday 2026-11-30, a window no earlier set used,
// so the redated SpamAssassin mail lands on other days. Time units come from the nineteenth set.
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const WINDOW = { start: Date.UTC(2026, 10, 30), days: 28 } as const
