// Which wave each mail belongs to. A verdict belongs to a message id: once a mail is a wave's
// member it stays one. Access mail (access-mail.ts) is held out until a crowd of it meets it.
import { AccessMails } from './access-mail.ts'
import type { AnsweredSenders } from './answered.ts'
import type { KnownSenders } from './known-sender.ts'
import type { Thresholds } from './thresholds.ts'
import { addToWave, nameWave, type Candidate, type Wave } from './wave.ts'

export class WaveMembers {
  private readonly memberOf = new Map<string, Wave>()
  private readonly access: AccessMails

  constructor(
    thresholds: Pick<Thresholds, 'waveJoinGapMs' | 'slowWaveWindowMs' | 'slowWaveMinBrands'>,
    private readonly known: KnownSenders,
    private readonly answered: AnsweredSenders,
  ) {
    this.access = new AccessMails(thresholds)
  }

  /** Access mail is never made suspect by another company's mail (access-mail.ts). */
  isAccess(id: string): boolean {
    return this.access.isAccess(id)
  }

  /** The wave `id` belongs to, or null. */
  of(id: string): Wave | null {
    return this.memberOf.get(id) ?? null
  }

  /**
   * Takes `member` into `wave`; false when it is access mail held out of it or its company's
   * confirmation was answered.
   */
  add(wave: Wave, member: Candidate): boolean {
    if (this.memberOf.has(member.id)) return true
    // A company whose confirmation the person answered is no wave's (answered.ts).
    if (this.answered.has(member.identity, member.date)) return false
    if (this.access.keepsOut(member)) {
      this.access.hold(member, wave)
      return false
    }
    this.memberOf.set(member.id, wave)
    addToWave(wave, member)
    // A company that took part in a wave vouches for none of its later mail (known-sender.ts).
    this.known.markInWave(member.identity)
    return true
  }

  /** An access mail arrived (date order): a crowd of them takes in those held out so far. */
  noteAccess(member: Candidate): void {
    this.access.note(member)
    for (const { member: held, wave } of this.access.release()) {
      this.add(wave, held)
      nameWave(wave)
    }
  }
}
