// Whether the inbox knew a sender before a wave. A wave is made of senders new to the inbox, so a
// confirmation from a sender the inbox already knew from its everyday mail (a code the person
// asked for from a service whose newsletter they read) is kept out of the wave under way. What
// keeps this from hiding a wave:
// - only mail that is no confirmation, or confirmations on two days at least a day apart, make a
//   sender known: an attacker who signs the victim up with each company once before a wave has
//   sent one confirmation each, which vouches for nobody;
// - a sender is its company and the name it writes under: a shared platform's mail (google.com
//   under "Google" and under "Google Forms") vouches only for the name it came under;
// - a company that ever took part in a wave is never known again (a "solved" notice about a
//   relayed ticket must not vouch for it), and the extension hands in the companies of its stored
//   waves, so a wave only partly inside the replayed span still counts;
// - known confirmations from several companies at once are a wave of their own, and a known
//   company's second confirmation within the join gap, or its flood, is admitted;
// - a known confirmation that repeats the wave's typed-in text joins it (engine.ts).
import type { MailFeatures } from '../mail/features.ts'
import { DAY_MS } from '../time.ts'
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

/** A sender as the inbox knows it: its company (brand) and the company its name names. */
function senderKey(mail: Pick<MailFeatures, 'brand' | 'nameBrand'>): string {
  return `${mail.brand}\n${mail.nameBrand ?? ''}`
}

export class KnownSenders {
  /** When the inbox first had mail that is no confirmation from each sender. */
  private readonly ordinary = new Map<string, number>()
  /** Each sender's first confirmation, until a second one a day later makes it known. */
  private readonly confirmed = new Map<string, number>()
  /** Companies that took part in a wave (by identity), or confirmed twice at once: never known. */
  private readonly inWave = new Set<string>()
  /** Recent kept-out confirmations, in date order, across companies. */
  private recent: { identity: string; date: number }[] = []

  constructor(private readonly limits: Limits) {}

  /**
   * Every mail, in date order: mail that is no confirmation makes its sender known, and so do
   * confirmations on two days at least a day apart (a service whose codes the person asks for).
   */
  note(mail: Pick<MailFeatures, 'brand' | 'nameBrand' | 'helpdesk' | 'date'>): void {
    const key = senderKey(mail)
    if (mail.date === null || this.ordinary.has(key)) return
    if (!mail.helpdesk) {
      this.ordinary.set(key, mail.date)
      return
    }
    const first = this.confirmed.get(key)
    if (first === undefined) this.confirmed.set(key, mail.date)
    else if (mail.date - first >= DAY_MS) this.ordinary.set(key, mail.date)
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
      !this.inWave.has(identity)
    )
  }

  /**
   * How a confirmation at `date` stands: `known` (kept out) when its sender was known more than
   * the join gap before the wave under way starting at `waveStart` (or before a wave could have
   * started building); `flood` when its company's kept-out confirmations reach the burst rule's
   * count (admitted, and a burst); `new` otherwise. Calls come in date order.
   */
  standing(
    mail: Pick<MailFeatures, 'brand' | 'nameBrand'>,
    identity: string,
    date: number,
    waveStart: number | null,
  ): Standing {
    const since = (waveStart ?? date - this.limits.slowWaveWindowMs) - this.limits.waveJoinGapMs
    const known = this.ordinary.get(senderKey(mail))
    if (known === undefined || known >= since || this.inWave.has(identity)) return 'new'
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
      this.inWave.add(identity)
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
