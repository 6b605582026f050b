// Sign-in codes, sign-in links and password resets ("access mail"). A person asks for them at any
// hour, a wave of ticket receipts and sign-up confirmations included: the code the person asked
// for while a wave of receipts arrives is theirs, not the wave's. Attackers who flood an inbox
// through sign-in and reset forms send access mail from many companies at once. So access mail
// joins a wave only where access mail from several companies arrives together; until then it is
// held, and a later crowd takes it in (a verdict belongs to the mail, so it is re-labelled).
import type { Candidate, Wave } from './wave.ts'
import type { Thresholds } from './thresholds.ts'

/** Access mail from this many companies within the join gap of each other is a wave's. */
export const ACCESS_CROWD_COMPANIES = 4
/**
 * As many from one company within the join gap is a flood of its own: a person who asks again
 * when a code is slow asks once or twice, not three times.
 */
export const ACCESS_FLOOD_MAILS = 3

type Limits = Pick<Thresholds, 'waveJoinGapMs'>

/** Trimming the array costs a copy, so it happens in chunks. */
const TRIM_CHUNK = 1_024

interface Held {
  member: Candidate
  wave: Wave
}

export class AccessMails {
  /** Access mail from senders new around a wave, in date order: who came when. */
  private seen: { identity: string; date: number }[] = []
  /** Entries of `seen` before this index are too old for any later query. */
  private first = 0
  /** Ids of access mail (candidates and joiners) seen so far. */
  private readonly ids = new Set<string>()
  /** Access mail a wave would have taken in, kept out until a crowd of access mail meets it. */
  private held: Held[] = []

  constructor(private readonly limits: Limits) {}

  /** An access mail from a sender new around the wave; calls come in date order. */
  note(member: Pick<Candidate, 'id' | 'identity' | 'date'>): void {
    this.ids.add(member.id)
    this.seen.push({ identity: member.identity, date: member.date })
    // Later queries look at most two join gaps back: one for the held mail, one around it.
    const from = member.date - 2 * this.limits.waveJoinGapMs
    while (this.seen[this.first]!.date < from) this.first++
    if (this.first >= TRIM_CHUNK) {
      this.seen = this.seen.slice(this.first)
      this.first = 0
    }
    if (this.held.length > 0) this.held = this.held.filter((entry) => entry.member.date >= from)
  }

  /** True for access mail that no crowd of access mail around it makes a wave's yet. */
  keepsOut(member: Pick<Candidate, 'id' | 'identity' | 'date'>): boolean {
    return this.ids.has(member.id) && !this.crowded(member)
  }

  /** Keeps an access mail out of `wave` until a crowd meets it. */
  hold(member: Candidate, wave: Wave): void {
    this.held.push({ member, wave })
  }

  /** Held mail a crowd of access mail now surrounds, each with the wave it was kept out of. */
  release(): Held[] {
    if (this.held.length === 0) return []
    const ready = this.held.filter((entry) => this.crowded(entry.member))
    if (ready.length > 0) this.held = this.held.filter((entry) => !ready.includes(entry))
    return ready
  }

  /**
   * Access mail from enough companies, or a flood from the mail's own company, within the join
   * gap on either side of the mail's date.
   */
  private crowded({ identity, date }: Pick<Candidate, 'identity' | 'date'>): boolean {
    const gap = this.limits.waveJoinGapMs
    const companies = new Set<string>()
    let own = 0
    for (let i = this.first; i < this.seen.length; i++) {
      const entry = this.seen[i]!
      if (Math.abs(entry.date - date) > gap) continue
      companies.add(entry.identity)
      if (entry.identity === identity) own++
      if (companies.size >= ACCESS_CROWD_COMPANIES || own >= ACCESS_FLOOD_MAILS) return true
    }
    return false
  }
}
