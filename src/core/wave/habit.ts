// Whether writing to this inbox is a company's habit. A work tool (a helpdesk's agent notices, a
// booking or form tool, a build server) writes many times a day, every day; two of its
// confirmations within minutes are its routine, not the twice-asked code that makes a known company
// suspect (known-sender.ts). What a company did in the hours and days before says so:
// - it wrote on HABIT_DAYS earlier days, several times on its busiest, and no more today than its
//   busiest earlier day allows;
// - or it wrote in HABIT_HOURS earlier hours of the HABIT_SPAN_HOURS before, more than once in its
//   busiest, and no more this hour than its busiest earlier hour allows.
// A company that writes once a day and confirms three times within minutes today is no habit: a
// wave that reaches a company the person knows. A company that took part in a wave gains nothing
// from its habit (known-sender.ts), and an attacker who makes a company write every hour or every
// day before a wave hides that company's mail alone: the wave's other companies still make it.
import { DAY_MS, HOUR_MS } from '../time.ts'

const HABIT_DAYS = 3
const HABIT_HOURS = 3
const HABIT_SPAN_HOURS = 12
/** The days looked back on (a month, like the mail the extension keeps). */
const HABIT_SPAN_DAYS = 30
/**
 * A habit of writing several times a day (or an hour): a company that writes once a day, and
 * confirms twice within minutes today, is reached by a wave.
 */
const BUSY_DAY = 3
const BUSY_HOUR = 2
/** How far above its busiest earlier day (or hour) a company may go and still write as usual. */
const USUAL_MARGIN = 1.5

/** Counts per period (UTC day or epoch hour), oldest first. */
type Periods = { at: number; count: number }[]

interface Trace {
  days: Periods
  hours: Periods
}

export class SenderHabits {
  private readonly traces = new Map<string, Trace>()
  /** Days whose counts were given whole (seed): mail noted on them counts towards no day. */
  private readonly seeded = new Set<number>()

  /** Every mail with a date, in date order. */
  note(identity: string, date: number): void {
    const trace = this.traceOf(identity)
    const day = Math.floor(date / DAY_MS)
    const hour = Math.floor(date / HOUR_MS)
    if (!this.seeded.has(day)) count(trace.days, day, HABIT_SPAN_DAYS)
    count(trace.hours, hour, HABIT_SPAN_HOURS)
  }

  private traceOf(identity: string): Trace {
    let trace = this.traces.get(identity)
    if (!trace) this.traces.set(identity, (trace = { days: [], hours: [] }))
    return trace
  }

  /**
   * `mails` on UTC day `day`, given whole before any mail is noted (the extension's statistics),
   * oldest day first.
   */
  seed(identity: string, day: number, mails: number): void {
    this.seeded.add(day)
    const trace = this.traceOf(identity)
    if (mails > 0) count(trace.days, day, HABIT_SPAN_DAYS, mails)
  }

  /** The company's writing up to `date` (its mail at `date` noted) is its habit. */
  has(identity: string, date: number): boolean {
    return this.byDays(identity, date) || this.byHours(identity, date)
  }

  /** A habit of the earlier days. */
  byDays(identity: string, date: number): boolean {
    const trace = this.traces.get(identity)
    const day = Math.floor(date / DAY_MS)
    const span = { now: day, after: day - HABIT_SPAN_DAYS }
    return trace !== undefined && usual(trace.days, span, HABIT_DAYS, BUSY_DAY)
  }

  /** A habit of the earlier hours. */
  byHours(identity: string, date: number): boolean {
    const trace = this.traces.get(identity)
    const hour = Math.floor(date / HOUR_MS)
    const span = { now: hour, after: hour - HABIT_SPAN_HOURS }
    return trace !== undefined && usual(trace.hours, span, HABIT_HOURS, BUSY_HOUR)
  }
}

/** Counts `mails` in period `at`, and forgets periods `span` or more before it. */
function count(periods: Periods, at: number, span: number, mails = 1): void {
  const last = periods.at(-1)
  if (last?.at === at) last.count += mails
  else periods.push({ at, count: mails })
  while (periods[0]!.at <= at - span) periods.shift()
}

/**
 * The company wrote in `least` periods after `after` and before `now`, `busy` mails or more in the
 * busiest of them, and no more in `now` than that busiest allows.
 */
function usual(
  periods: Periods,
  { now, after }: { now: number; after: number },
  least: number,
  busy: number,
): boolean {
  const earlier = periods.filter((period) => period.at > after && period.at < now)
  if (earlier.length < least) return false
  const busiest = Math.max(...earlier.map((period) => period.count))
  if (busiest < busy) return false
  const current = periods.find((period) => period.at === now)?.count ?? 0
  return current <= Math.ceil(busiest * USUAL_MARGIN)
}
