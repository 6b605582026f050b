// The fortieth set's window: five weeks from Monday 2026-12-07, after every earlier set's window.
export { DAY, HOUR, iso, MINUTE } from '../nineteenth/clock.ts'

export const FORTIETH_WINDOW = { start: Date.UTC(2026, 11, 7), days: 35 } as const
