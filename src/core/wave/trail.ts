// What a wave leaves behind. A company whose form the attackers filled keeps writing for weeks:
// "we are still waiting for your reply", "your request was closed", "you have not confirmed your
// email yet", "your account will be deleted". Such mail comes days after the wave, one company at
// a time, so no wave is under way to take it in, and its words are the company's ordinary ones.
// It is the wave's all the same when it reads as part of a confirmation's life, its sender is
// the company itself, the company was new to the inbox at its first wave, the wave was a real one
// (many companies: a person's own evening of sign-ups is a few), and nothing the person did
// explains it (they wrote to the company, trusted the mail, or answered its confirmation: the
// engine's suppressions and answers). Important mail stays its own, and so do newsletters and
// welcomes: the person's own sign-ups, if ever taken for a wave, go on writing those.
import { DAY_MS, HOUR_MS } from '../time.ts'
import { brandFromName } from '../sender/sender.ts'
import type { MailFeatures } from '../mail/features.ts'
import type { ReasonCode } from '../types.ts'
import { emptyWave, type Wave } from './wave.ts'
import type { SendersWritingAgain } from './writes-again.ts'
import type { Suppressions } from './suppression.ts'

/** How long after its wave a company's mail is the wave's trail... */
export const TRAIL_MS = 30 * DAY_MS
/**
 * ...from this long after it on: before, the wave's own rules judge its companies' mail (the
 * join gap, a welcome answering the person's click), and a person's welcomes come then.
 */
export const TRAIL_AFTER_MS = HOUR_MS
/** A wave leaves a trail only when it took in this many brands. */
export const TRAIL_MIN_BRANDS = 8

/** Reasons a clean verdict carries when something the person did explains the mail. */
const THEIRS: readonly ReasonCode[] = [
  'user-contacted-brand',
  'answers-user-mail',
  'known-conversation',
  'expected-ticket',
  'user-trusted',
]

export interface TrailContext {
  /** The waves recognised in the replay. */
  waves: readonly Wave[]
  /** The mail's company (sender.ts brandIdentity). */
  identity: string
  /** The brand's first mail in the replay. */
  firstSeen?: number
}

/**
 * The mail's sender is the company under its own name, or under none. Another name on its domain
 * may be another product of a platform ("Google Forms" and "Google Workspace" share google.com):
 * such a sender is the wave's company only when it confirmed in the wave itself.
 */
function ownName(mail: Pick<MailFeatures, 'nameBrand'>, identity: string): boolean {
  // Folded as display names are (features.ts nameBrand): "qalvast-travel" is "Qalvast Travel".
  return mail.nameBrand === undefined || mail.nameBrand === brandFromName(identity)
}

/** A wave judged before the mail replayed now (the extension's stored waves). */
export interface PastWave {
  id: string
  start: number
  end: number
  brands: readonly string[]
}

/** The waves a later mail may be the trail of, and what the inbox had before them. */
export class WaveTrails {
  private readonly past: Wave[] = []
  /** Per brand, the latest moment by which it surely confirmed, before the replayed mail. */
  private readonly confirmedBy = new Map<string, number>()

  /**
   * `gapMs`: the join gap, a brand first seen earlier than that before its wave was known;
   * `senders`: when each sender first confirmed; `suppressions`: whom the person wrote to.
   */
  constructor(
    private readonly gapMs: number,
    private readonly senders: Pick<SendersWritingAgain, 'firstConfirmation'>,
    private readonly suppressions: Pick<Suppressions, 'wroteTo'>,
  ) {}

  /** A wave judged before the replayed mail. */
  rememberWave({ id, start, end, brands }: PastWave): void {
    const wave = emptyWave(start)
    wave.id = id
    wave.end = end
    for (const brand of brands) wave.brands.set(brand, 1)
    this.past.push(wave)
  }

  /**
   * A UTC day the brand confirmed on before the replayed mail, with the date of its first
   * confirmation that day when known (the extension's brand statistics); without it, the day's end.
   */
  rememberDay(brand: string, day: number, first?: number): void {
    const by = first ?? (day + 1) * DAY_MS - 1
    this.confirmedBy.set(brand, Math.min(by, this.confirmedBy.get(brand) ?? Infinity))
  }

  /**
   * The wave the engine's clean `verdict` for `mail` makes it the trail of, or null. `waves`: the
   * ones recognised in the replay; `firstSeen`: the brand's first mail in it.
   */
  of(
    mail: MailFeatures,
    verdict: { reasons: readonly ReasonCode[] },
    context: TrailContext,
  ): Wave | null {
    const { waves, identity } = context
    if (mail.date === null || mail.important !== null || !(mail.helpdesk || mail.joiner))
      return null
    // An address of the company's own: a name alone may be any "Support".
    if (!mail.brand.includes('.')) return null
    if (verdict.reasons.some((reason) => THEIRS.includes(reason))) return null
    // However many of its replies the person's mail explained already.
    if (this.suppressions.wroteTo(mail, identity)) return null
    let latest: Wave | null = null
    let earliestStart = Infinity
    for (const list of [this.past, waves]) {
      for (const wave of list) {
        if (wave.start > mail.date || !wave.brands.has(mail.brand)) continue
        earliestStart = Math.min(earliestStart, wave.start)
        const after = mail.date - wave.end
        const counts = wave.brands.size >= TRAIL_MIN_BRANDS
        if (counts && after >= TRAIL_AFTER_MS && after <= TRAIL_MS) latest = wave
      }
    }
    if (!latest || !this.newAt(mail.brand, earliestStart, context.firstSeen)) return null
    const confirmedIn = (this.senders.firstConfirmation(mail) ?? Infinity) <= latest.end
    return ownName(mail, identity) || confirmedIn ? latest : null
  }

  /**
   * The brand wrote nothing earlier than the join gap before `start`: in the replay, nor in the
   * brand statistics.
   */
  private newAt(brand: string, start: number, firstSeen: number | undefined): boolean {
    const since = start - this.gapMs
    if ((this.confirmedBy.get(brand) ?? Infinity) < since) return false
    return firstSeen === undefined || firstSeen >= since
  }
}
