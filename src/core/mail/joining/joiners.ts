// Mails with weak evidence of automated confirmation (features `joiner`: wording under a reply
// prefix, wording without a support sender, a ticket id alone, or no wording the lexicon knows
// from a company's automated mailbox) never make a wave: alone they are everyday mail. A wave is many unrelated first-time senders, so such a mail joins a wave under
// way when its sender is new to the inbox around that wave. Those that arrive before the wave is
// recognised wait here until it is.
import type { Candidate } from '../../wave/wave.ts'

export interface Joiner extends Candidate {
  /** When the inbox first saw this sender's brand. */
  firstSeen: number
}

/** Trimming the array costs a copy, so it happens in chunks. */
const TRIM_CHUNK = 1_024

export class PendingJoiners {
  private pending: Joiner[] = []
  /** Joiners before this index are too old to join a wave: skipped, dropped in chunks. */
  private first = 0

  /** `keepMs`: how long a joiner may wait for a wave to be recognised around it. */
  constructor(private readonly keepMs: number) {}

  /** Joiners come in date order. */
  add(joiner: Joiner): void {
    this.pending.push(joiner)
    // Each joiner is passed over once: O(1) amortised per mail.
    while (
      this.first < this.pending.length &&
      joiner.date - this.pending[this.first]!.date > this.keepMs
    )
      this.first++
    if (this.first >= TRIM_CHUNK) {
      this.pending = this.pending.slice(this.first)
      this.first = 0
    }
  }

  /**
   * Removes and returns the joiners dated within [from, to] whose sender was first seen no
   * earlier than `newSince`. Walks back from the latest only as far as `from`.
   */
  take(from: number, to: number, newSince: number): Joiner[] {
    const taken: Joiner[] = []
    const kept: Joiner[] = []
    let i = this.pending.length - 1
    for (; i >= this.first && this.pending[i]!.date >= from; i--) {
      const joiner = this.pending[i]!
      if (joiner.date <= to && joiner.firstSeen >= newSince) taken.push(joiner)
      else kept.push(joiner)
    }
    if (taken.length > 0) this.pending = [...this.pending.slice(0, i + 1), ...kept.reverse()]
    return taken
  }
}
