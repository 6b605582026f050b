// Time units and the thirty-third set's window: four weeks from Monday 2026-10-05.
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const THIRTY_THIRD_WINDOW = { start: Date.UTC(2026, 9, 5), days: 28 } as const
