// Time units (shared with the nineteenth set) and this set's window: four weeks from Monday
// 2026-12-14, so the redated SpamAssassin mail and the persona streams land on days of their own.
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const FORTY_FIRST_WINDOW = { start: Date.UTC(2026, 11, 14), days: 28 } as const
