// The thirty-eighth set's window: four weeks from Monday 2026-11-02, after the thirty-seventh's,
// so the redated SpamAssassin mail lands on days no earlier set used. Time units come from the
// nineteenth set's clock, as the earlier sets import them.
export { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export const WINDOW38 = { start: Date.UTC(2026, 10, 2), days: 28 } as const
