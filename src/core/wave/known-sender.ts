// Whether the inbox knew a sender before a wave. A wave is made of senders new to the inbox, so a
// confirmation from a sender the inbox already knew from its everyday mail (a code the person
// asked for from a service whose newsletter they read) is kept out of the wave under way. What
// keeps this from hiding a wave:
// - mail that is no confirmation makes a sender known at once; a confirmation (a sign-up, a code
//   the person asked for) only once it is a day old, so the companies of a wave never vouch for
//   each other within it, and an attacker who signs the victim up with many companies before a
//   wave meets the rule below: known companies confirming at once are a wave of their own;
// - a sender is its company and the name it writes under: a shared platform's mail (google.com
//   under "Google" and under "Google Forms") vouches only for the name it came under;
// - a company that ever took part in a wave is never known again (a "solved" notice about a
//   relayed ticket must not vouch for it), and the extension hands in the companies of its stored
//   waves, so a wave only partly inside the replayed span still counts;
// - known confirmations from several companies at once are a wave of their own, and a known
//   company's flood is admitted; its second confirmation within the join gap makes it no voucher
//   for a day, unless confirming many times a day is its habit (habit.ts), which makes a company
//   known however recently its writing began;
// - a known confirmation that repeats the wave's typed-in text joins it (engine.ts).
import type { MailFeatures } from '../mail/features.ts'
import { DAY_MS } from '../time.ts'
import { companySender } from './company-sender.ts'
import { SenderHabits } from './habit.ts'
import type { Thresholds } from './thresholds.ts'

type Limits = Pick<
  Thresholds,
  | 'waveJoinGapMs'
  | 'slowWaveWindowMs'
  | 'domainBurstMin'
  | 'domainBurstWindowMs'
  | 'quickWaveMinBrands'
  | 'quickWaveWindowMs'
>

export type Standing = 'known' | 'new' | 'flood'

/** How old a sender's first confirmation must be before it vouches for the sender. */
const CONFIRMATION_VOUCHES_AFTER_MS = DAY_MS

/** A sender as the inbox knows it: its company (brand) and the company its name names. */
export function senderKey(mail: Pick<MailFeatures, 'brand' | 'nameBrand'>): string {
  return `${mail.brand}\n${mail.nameBrand ?? ''}`
}

export class KnownSenders {
  /** When the inbox first had mail that is no confirmation from each sender. */
  private readonly ordinary = new Map<string, number>()
  /** When the inbox first had a confirmation from each sender. */
  private readonly confirmed = new Map<string, number>()
  /** Companies that took part in a wave (by identity): never known. */
  private readonly inWave = new Set<string>()
  /** Companies that confirmed twice at once, with the date until which they are not known. */
  private readonly doubled = new Map<string, number>()
  /** When the inbox first had mail that is no confirmation from each company (by identity). */
  private readonly ordinaryCompanies = new Map<string, number>()
  /** Whether writing to the inbox is a company's habit (habit.ts). */
  private readonly habits = new SenderHabits()
  /** Recent kept-out confirmations, in date order, across companies. */
  private recent: { identity: string; date: number }[] = []

  constructor(private readonly limits: Limits) {}

  /** Every mail, in date order: each sender's first ordinary mail and first confirmation. */
  note(
    mail: Pick<MailFeatures, 'brand' | 'nameBrand' | 'helpdesk' | 'date'>,
    identity: string,
  ): void {
    const key = senderKey(mail)
    if (mail.date === null) return
    const seen = mail.helpdesk ? this.confirmed : this.ordinary
    if (!seen.has(key)) seen.set(key, mail.date)
    if (mail.helpdesk) this.habits.note(companySender(identity, mail.nameBrand), mail.date)
    else if (!this.ordinaryCompanies.has(identity)) this.ordinaryCompanies.set(identity, mail.date)
  }

  /**
   * Since when a sender is known: from its first ordinary mail, or a day after its first
   * confirmation (a service the person signed up with or asked a code of on an earlier day).
   */
  private knownSince(key: string): number | undefined {
    const ordinary = this.ordinary.get(key)
    const confirmed = this.confirmed.get(key)
    const vouched = confirmed === undefined ? undefined : confirmed + CONFIRMATION_VOUCHES_AFTER_MS
    if (ordinary === undefined) return vouched
    return vouched === undefined ? ordinary : Math.min(ordinary, vouched)
  }

  /**
   * A habit vouches for a sender however recently its writing began (habit.ts): a habit of the
   * earlier days, or of the earlier hours when the company also wrote mail that is no confirmation
   * before (a work tool's digests and notices; forms an attacker fills make companies confirm, and
   * nothing else).
   */
  private habitVouches(
    mail: Pick<MailFeatures, 'nameBrand'>,
    identity: string,
    date: number,
  ): boolean {
    const sender = companySender(identity, mail.nameBrand)
    if (this.habits.byDays(sender, date)) return true
    const ordinary = this.ordinaryCompanies.get(identity)
    return ordinary !== undefined && ordinary < date && this.habits.byHours(sender, date)
  }

  /** The sender was known before the wave under way (or one that could be building) began. */
  private knownBeforeWave(
    mail: Pick<MailFeatures, 'brand' | 'nameBrand'>,
    waveStart: number | null,
    date: number,
  ): boolean {
    const since = (waveStart ?? date - this.limits.slowWaveWindowMs) - this.limits.waveJoinGapMs
    const known = this.knownSince(senderKey(mail))
    return known !== undefined && known < since
  }

  /** A company's confirmations on a day before the replayed mail, oldest day first. */
  rememberDay(identity: string, day: number, mails: number): void {
    this.habits.seed(identity, day, mails)
  }

  /** A company took part in a wave. */
  markInWave(identity: string): void {
    this.inWave.add(identity)
  }

  /**
   * For mail that only joins a wave: the inbox had any mail from the company (first seen at
   * `firstSeen`) more than the join gap before `date`, and the company took part in no wave.
   */
  knownBefore(identity: string, firstSeen: number | undefined, date: number): boolean {
    return (
      firstSeen !== undefined &&
      firstSeen < date - this.limits.waveJoinGapMs &&
      !this.vouchesNot(identity, date)
    )
  }

  /**
   * Took part in a wave, or confirmed twice at once within the day before `date` while writing
   * was not yet its habit (habit.ts: a work tool's first hours of the day).
   */
  private vouchesNot(identity: string, date: number): boolean {
    if (this.inWave.has(identity)) return true
    return (this.doubled.get(identity) ?? -Infinity) > date && !this.habits.has(identity, date)
  }

  /**
   * How a confirmation at `date` stands: `known` (kept out) when its sender was known more than
   * the join gap before the wave under way starting at `waveStart` (or before a wave could have
   * started building); `flood` when its company's kept-out confirmations reach the burst rule's
   * count (admitted, and a burst); `new` otherwise. Calls come in date order.
   */
  standing(
    mail: Pick<MailFeatures, 'brand' | 'nameBrand' | 'disguised'>,
    identity: string,
    date: number,
    waveStart: number | null,
  ): Standing {
    // A disguised title is typed-in text (features.ts): no sender vouches for it.
    if (mail.disguised === true) return 'new'
    if (this.vouchesNot(identity, date)) return 'new'
    // A company whose writing is a habit (habit.ts) is known, however recently it began.
    if (!this.habitVouches(mail, identity, date) && !this.knownBeforeWave(mail, waveStart, date))
      return 'new'
    const far = date - Math.max(this.limits.waveJoinGapMs, this.limits.domainBurstWindowMs)
    this.recent = this.recent.filter((kept) => kept.date > far)
    const own = this.recent.filter((kept) => kept.identity === identity)
    this.recent.push({ identity, date })
    if (this.together(date)) return 'new'
    const burstFrom = date - this.limits.domainBurstWindowMs
    if (own.filter((kept) => kept.date > burstFrom).length + 1 >= this.limits.domainBurstMin)
      return 'flood'
    // A second confirmation within the join gap is no code the person asked for once.
    if (own.some((kept) => kept.date > date - this.limits.waveJoinGapMs)) {
      // A company whose writing is a habit confirms many times a day (habit.ts).
      if (this.habits.has(companySender(identity, mail.nameBrand), date)) return 'known'
      this.doubled.set(identity, date + DAY_MS)
      return 'new'
    }
    return 'known'
  }

  /** Known companies confirming at once, as many as make a quick wave: they are one. */
  private together(date: number): boolean {
    const from = date - this.limits.quickWaveWindowMs
    const companies = new Set(this.recent.filter((k) => k.date > from).map((k) => k.identity))
    return companies.size >= this.limits.quickWaveMinBrands
  }
}
