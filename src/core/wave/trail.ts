// What a wave leaves behind. A company whose form the attackers filled keeps writing for weeks:
// "we are still waiting for your reply", "your request was closed", "you have not confirmed your
// email yet", "your account will be deleted". Such mail comes days after the wave, one company at
// a time, so no wave is under way to take it in, and its words are the company's ordinary ones.
// It is the wave's all the same when it reads as part of a confirmation's life, the company was
// new to the inbox at its first wave, the wave was a real one (many companies: a person's own
// evening of sign-ups is a few), and the person never wrote to the company, answered its
// confirmation or trusted its mail (the engine's suppressions and answers). Important mail stays
// its own, and so do newsletters and welcomes: the person's own sign-ups, if ever taken for a
// wave, go on writing those.
import { DAY_MS, HOUR_MS } from '../time.ts'
import type { MailFeatures } from '../mail/features.ts'
import { emptyWave, type Wave } from './wave.ts'

/** How long after its wave a company's mail is the wave's trail... */
export const TRAIL_MS = 30 * DAY_MS
/**
 * ...from this long after it on: before, the wave's own rules judge its companies' mail (the
 * join gap, a welcome answering the person's click), and a person's welcomes come then.
 */
export const TRAIL_AFTER_MS = HOUR_MS
/** A wave leaves a trail only when this many companies took part in it. */
export const TRAIL_MIN_COMPANIES = 8

/**
 * The latest wave that took in `brand` and enough companies and ended between TRAIL_AFTER_MS and
 * TRAIL_MS before `date`, when the brand was new at the first wave that took it in (first seen no
 * earlier than `gapMs` before that wave began): a company the inbox knew has mail of its own.
 */
export function trailWave(
  waves: readonly (readonly Wave[])[],
  brand: string,
  date: number,
  { firstSeen, gapMs }: { firstSeen: number | undefined; gapMs: number },
): Wave | null {
  let latest: Wave | null = null
  let earliestStart = Infinity
  for (const wave of waves.flat()) {
    if (wave.start > date || !wave.brands.has(brand)) continue
    earliestStart = Math.min(earliestStart, wave.start)
    const after = date - wave.end
    const counts = wave.brands.size >= TRAIL_MIN_COMPANIES
    if (counts && after >= TRAIL_AFTER_MS && after <= TRAIL_MS) latest = wave
  }
  if (firstSeen !== undefined && firstSeen < earliestStart - gapMs) return null
  return latest
}

/** Mail of a confirmation's life: a confirmation again (a reminder), a ticket's update or close. */
export function readsAsTrail(mail: Pick<MailFeatures, 'helpdesk' | 'joiner' | 'kind'>): boolean {
  return mail.helpdesk || mail.joiner || mail.kind === 'solved' || mail.kind === 'update'
}

export interface TrailContext {
  /** The waves recognised so far, and the earlier ones remembered (pastWave). */
  waves: readonly (readonly Wave[])[]
  firstSeen: number | undefined
  gapMs: number
  /** The mail's company (sender.ts brandIdentity). */
  identity: string
}

/**
 * The wave a mail the engine found clean is the trail of, or null. `suppressed` says whether the
 * person wrote to the company, expected its ticket or trusted the mail (asked last: it counts).
 */
export function trailOf(
  mail: MailFeatures,
  date: number,
  { waves, firstSeen, gapMs, identity }: TrailContext,
  suppressed: () => unknown,
): Wave | null {
  if (mail.important !== null || !readsAsTrail(mail)) return null
  // A platform's shared domain is no company: the display name must name the brand.
  if (mail.nameBrand !== undefined && !mail.nameBrand.includes(identity)) return null
  const wave = trailWave(waves, mail.brand, date, { firstSeen, gapMs })
  return wave && !suppressed() ? wave : null
}

/** A wave judged before the mail replayed now (the extension's stored waves). */
export interface PastWave {
  id: string
  start: number
  end: number
  brands: readonly string[]
}

/** A past wave as the engine keeps waves, for trailWave. */
export function pastWave({ id, start, end, brands }: PastWave): Wave {
  const wave = emptyWave(start)
  wave.id = id
  wave.end = end
  for (const brand of brands) wave.brands.set(brand, 1)
  return wave
}
