// Senders whose mail is part of the inbox's routine: mail on at least ROUTINE_DAYS distinct days of
// the ROUTINE_SPAN_DAYS before. A wave is many senders new to the inbox; a sender that writes most
// days (the helpdesk of the person's own team, a build server, a shop's order desk) sends its
// bursts as part of that routine, and its confirmations neither flood nor join a wave (unless they
// carry the wave's typed-in text, engine.ts). Keyed like known senders (known-sender.ts senderKey),
// so a shared platform's product vouches only for itself.
import { DAY_MS } from '../time.ts'

/** Distinct earlier days with mail that make a sender routine... */
const ROUTINE_DAYS = 5
/** ...within this many days before. */
const ROUTINE_SPAN_DAYS = 30

export class RoutineSenders {
  /** Per sender, the distinct days (epoch days, ascending) it wrote on, the span's worth. */
  private readonly days = new Map<string, number[]>()

  /** Every mail, in date order. */
  note(key: string, date: number): void {
    const day = Math.floor(date / DAY_MS)
    const days = this.days.get(key) ?? []
    if (days.at(-1) === day) return
    days.push(day)
    // Only the span before the newest day counts; older days are forgotten.
    while (days.length > 0 && days[0]! < day - ROUTINE_SPAN_DAYS) days.shift()
    this.days.set(key, days)
  }

  /** The sender wrote on enough distinct days before the day of `date`. */
  isRoutine(key: string, date: number): boolean {
    const day = Math.floor(date / DAY_MS)
    const days = this.days.get(key)
    if (!days) return false
    const earlier = days.filter((d) => d < day && d >= day - ROUTINE_SPAN_DAYS)
    return earlier.length >= ROUTINE_DAYS
  }
}
