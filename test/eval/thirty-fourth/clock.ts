// The thirty-fourth set's window: four weeks from Monday 2026-11-09, a window no earlier set used.
// Time units and the ISO form come from the nineteenth set's clock.
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const WINDOW_34 = { start: Date.UTC(2026, 10, 9), days: 28 } as const
