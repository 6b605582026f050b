// The thirty-second set's window: four weeks from Monday 2026-11-23 (Black Friday 27 Nov, Cyber
// Monday 30 Nov, Giving Tuesday 1 Dec, the December run-up to the holidays). Time units and the
// ISO writer are the nineteenth set's shared helpers.
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const WINDOW = { start: Date.UTC(2026, 10, 23), days: 28 } as const
export const BLACK_FRIDAY = Date.UTC(2026, 10, 27)
export const CYBER_MONDAY = Date.UTC(2026, 10, 30)
export const GIVING_TUESDAY = Date.UTC(2026, 11, 1)
