// Time units and the thirty-sixth set's window: four weeks from Monday 2026-11-09, the shopping
// and events season (Black Friday 2026-11-27, Cyber Monday 2026-11-30, Giving Tuesday 12-01).
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const THIRTY_SIXTH_WINDOW = { start: Date.UTC(2026, 10, 9), days: 28 } as const

export const BLACK_FRIDAY = Date.UTC(2026, 10, 27)
export const CYBER_MONDAY = Date.UTC(2026, 10, 30)
