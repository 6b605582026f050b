// Sign-in codes, sign-in links and password resets ("access mail"). A person asks for them at any
// hour, a wave of ticket receipts and sign-up confirmations included: the code the person asked
// for while a wave of receipts arrives is theirs, not the wave's. Attackers who flood an inbox
// through sign-in and reset forms send access mail from many companies, fast or slowly. So
// access mail joins a wave only in a crowd of access mail: from several companies within the
// join gap, from as many companies as make a slow wave within the slow window, or a flood from
// its own company. Until then it is held, and a later crowd takes it in (a verdict belongs to the
// mail, so it is re-labelled).
import type { Candidate, Wave } from './wave.ts'
import type { Thresholds } from './thresholds.ts'

/** Access mail from this many companies within the join gap of each other is a wave's. */
export const ACCESS_CROWD_COMPANIES = 4
/**
 * As many from one company within the join gap is a flood of its own. A person whose code is slow
 * asks again, mostly once; a code asked for three times in half an hour during a wave is counted
 * with the wave, which is the price of catching one company's flood.
 */
export const ACCESS_FLOOD_MAILS = 3

type Limits = Pick<Thresholds, 'waveJoinGapMs' | 'slowWaveWindowMs' | 'slowWaveMinBrands'>

/** Trimming the array costs a copy, so it happens in chunks. */
const TRIM_CHUNK = 1_024

interface Held {
  member: Candidate
  wave: Wave
}

interface Seen {
  identity: string
  date: number
}

export class AccessMails {
  /**
   * Access mail that may join a wave, in date order: who came when. Kept as long as a wave's
   * walk back may reach (the slow window and a join gap).
   */
  private seen: Seen[] = []
  /** Entries of `seen` before this index are too old for any later query. */
  private first = 0
  /** Ids of access mail (candidates and joiners) seen so far. */
  private readonly ids = new Set<string>()
  /** Access mail a wave would have taken in, by id: the latest wave offered wins. */
  private held = new Map<string, Held>()

  constructor(private readonly limits: Limits) {}

  /** An access mail arrived; calls come in date order. */
  note(member: Pick<Candidate, 'id' | 'identity' | 'date'>): void {
    this.ids.add(member.id)
    this.seen.push({ identity: member.identity, date: member.date })
    const from = member.date - this.limits.slowWaveWindowMs - this.limits.waveJoinGapMs
    while (this.seen[this.first]!.date < from) this.first++
    if (this.first >= TRIM_CHUNK) {
      this.seen = this.seen.slice(this.first)
      this.first = 0
    }
    for (const [id, entry] of this.held) if (entry.member.date < from) this.held.delete(id)
  }

  isAccess(id: string): boolean {
    return this.ids.has(id)
  }

  /** True for access mail that no crowd of access mail around it makes a wave's yet. */
  keepsOut(member: Pick<Candidate, 'id' | 'identity' | 'date'>): boolean {
    return this.ids.has(member.id) && !this.crowded(member)
  }

  /** Keeps an access mail out of `wave` until a crowd meets it. */
  hold(member: Candidate, wave: Wave): void {
    this.held.set(member.id, { member, wave })
  }

  /** Held mail a crowd of access mail now surrounds, each with the wave it was kept out of. */
  release(): Held[] {
    const ready: Held[] = []
    for (const [id, entry] of this.held) {
      if (!this.crowded(entry.member)) continue
      ready.push(entry)
      this.held.delete(id)
    }
    return ready
  }

  /** A crowd of access mail around the mail's date (see the file's comment). */
  private crowded({ identity, date }: Pick<Candidate, 'identity' | 'date'>): boolean {
    const { waveJoinGapMs: gap, slowWaveWindowMs: slow, slowWaveMinBrands } = this.limits
    return (
      this.companiesAround(date, gap, ACCESS_CROWD_COMPANIES, null) ||
      this.companiesAround(date, gap, ACCESS_FLOOD_MAILS, identity) ||
      // A slow wave's count within its window's span, centred on the mail.
      this.companiesAround(date, slow / 2, slowWaveMinBrands, null)
    )
  }

  /**
   * Whether `enough` companies (or, with `own`, mails of that company) sent access mail within
   * `span` on either side of `date`. Starts at the window by binary search and stops once there
   * are enough: a flood of thousands costs a few steps per mail.
   */
  private companiesAround(date: number, span: number, enough: number, own: string | null) {
    const companies = new Set<string>()
    let mails = 0
    for (let i = this.firstAtOrAfter(date - span); i < this.seen.length; i++) {
      const entry = this.seen[i]!
      if (entry.date > date + span) return false
      if (own === null) companies.add(entry.identity)
      else if (entry.identity === own) mails++
      if (companies.size >= enough || mails >= enough) return true
    }
    return false
  }

  private firstAtOrAfter(date: number): number {
    let low = this.first
    let high = this.seen.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.seen[mid]!.date < date) low = mid + 1
      else high = mid
    }
    return low
  }
}
