// The thirty-fifth set's window: four weeks from Monday 2026-09-07 (time units from the
// nineteenth set's clock, shared by import).
import { DAY, HOUR, MINUTE, iso } from '../nineteenth/clock.ts'

export { DAY, HOUR, MINUTE, iso }

export const THIRTY_FIFTH_WINDOW = { start: Date.UTC(2026, 8, 7), days: 28 } as const

/** Seeds: waves 351,000 + ..., own bursts 352,000 + ..., quiet inbox 353,000. */
export const SEEDS = { waves: 351_000, own: 352_000, quiet: 353_000 } as const
