// Whether the inbox knew a sender before a wave. A wave is made of senders new to the inbox, so a
// confirmation from a sender it already knew (a code the person asked for, a newsletter they read)
// is kept out of the wave under way, unless it repeats the wave's typed-in text (wave-text.ts) or
// its company floods the inbox on its own. Three things keep this from hiding a wave:
// - a company that ever took part in a wave is never known again, whatever it sends later (a
//   "solved" notice about a relayed ticket must not vouch for it: attackers run the same forms
//   again), and the extension hands in the companies its stored history holds in waves, so a
//   wave only partly inside the replayed span still counts;
// - known means seen more than the join gap before the wave (or, with none under way, before the
//   longest window a wave takes to build): a company of the wave that writes twice stays in it;
// - a known company's own flood (the burst rule's count within its window) is admitted as usual.
import type { Thresholds } from './thresholds.ts'

type Limits = Pick<
  Thresholds,
  'waveJoinGapMs' | 'slowWaveWindowMs' | 'domainBurstMin' | 'domainBurstWindowMs'
>

export class KnownSenders {
  /** Companies that took part in a wave (by identity): never known again. */
  private readonly inWave = new Set<string>()
  /** Recent dates of kept-out confirmations per company, for its own flood. */
  private readonly keptOut = new Map<string, number[]>()

  constructor(private readonly limits: Limits) {}

  /** A company took part in a wave. */
  markInWave(identity: string): void {
    this.inWave.add(identity)
  }

  /**
   * The inbox knew the company (first seen at `firstSeen`) more than the join gap before `date`,
   * from mail of no wave.
   */
  knownBefore(identity: string, firstSeen: number | undefined, date: number): boolean {
    return (
      firstSeen !== undefined &&
      firstSeen < date - this.limits.waveJoinGapMs &&
      !this.inWave.has(identity)
    )
  }

  /**
   * How a confirmation at `date` stands: `known` (kept out) when its company was known before
   * the wave under way starting at `waveStart` (or before a wave could have started building);
   * `flood` when such a company's confirmations reach the burst rule's count within its window
   * (admitted, and a burst); `new` otherwise. Calls come in date order.
   */
  standing(
    identity: string,
    firstSeen: number | undefined,
    date: number,
    waveStart: number | null,
  ): 'known' | 'flood' | 'new' {
    const since = waveStart ?? date - this.limits.slowWaveWindowMs
    if (!this.knownBefore(identity, firstSeen, since)) return 'new'
    const from = date - this.limits.domainBurstWindowMs
    const recent = (this.keptOut.get(identity) ?? []).filter((at) => at > from)
    recent.push(date)
    this.keptOut.set(identity, recent)
    return recent.length < this.limits.domainBurstMin ? 'known' : 'flood'
  }
}
