// A wave that stopped at a handful of companies, with nothing typed into a form in any of its
// mail, is more likely the person's own burst of sign-ups than an attack. Reported waves bring
// dozens to hundreds of companies' mail within minutes (docs/signals.md 4.2); a person setting up
// a new phone or starting a semester signs up at a few services within minutes, and their
// confirmations look just like a wave's first mails. The rules must call such a burst relay at
// its arrival (a wave's first mails are the ones that matter most), but once nothing can join it
// any more it has shown its size: its mail is suspect, marked for a look, not relay.
import type { MailFeatures } from '../mail/features.ts'
import type { Verdict } from '../types.ts'
import { suspectVerdict, WAVE_RULES } from './verdicts.ts'
import type { Wave } from './wave.ts'
import { DAY_MS } from '../time.ts'

/**
 * A settled wave of at most this many brands is small. The fast rule fires at 4 companies within
 * 15 minutes: a wave that grew by at most one more after firing never grew at all.
 */
export const SMALL_BURST_MAX_BRANDS = 5

export interface BurstMail {
  mail: Pick<MailFeatures, 'id' | 'indicatorCount' | 'disguised'>
  arrival: Pick<Verdict, 'reasons'>
}

/** A later mail at most this long after a wave shows the inbox went on (one years ahead does not). */
export const SETTLED_WITHIN_MS = 7 * DAY_MS

export interface BurstLimits {
  /** Own dates of every dated mail the replay saw, ascending. */
  dates: readonly number[]
  /** Another wave this close before or after makes a small one the start or end of an attack. */
  slowWaveWindowMs: number
}

/**
 * The waves among `waves` that are small bursts: settled (a mail came more than the slow window
 * and at most SETTLED_WITHIN_MS after the wave's last member, so nothing can join it or follow it
 * as the same attack any more), of at most SMALL_BURST_MAX_BRANDS brands, with no other wave
 * within the slow window around it (an attack that opens small and goes on after a pause), and
 * with nothing typed in: no member carrying a relay indicator (its greeting's payload included)
 * or a disguised opening, no payload repeated, no company flooding (domain-burst).
 */
export function smallBursts(
  waves: readonly Wave[],
  mails: readonly BurstMail[],
  waveOf: (id: string) => Wave | null,
  limits: BurstLimits,
): Set<Wave> {
  const small = new Set(
    waves.filter((wave) => isSmallAndSettled(wave, limits) && alone(wave, waves, limits)),
  )
  if (small.size === 0) return small
  for (const { mail, arrival } of mails) {
    const wave = waveOf(mail.id)
    if (wave && small.has(wave) && typedIn(mail, arrival)) small.delete(wave)
  }
  return small
}

function isSmallAndSettled(wave: Wave, { dates, slowWaveWindowMs }: BurstLimits): boolean {
  if (wave.brands.size > SMALL_BURST_MAX_BRANDS) return false
  // Past the slow window, so that an attack going on after a pause is seen (alone) first.
  const next = dates[firstAfter(dates, wave.end + slowWaveWindowMs)]
  if (next === undefined || next > wave.end + SETTLED_WITHIN_MS) return false
  // The same echoed title twice is text typed into forms, even from one company (and a wave the
  // same-payload rule made holds its title three times at least).
  for (const count of wave.payloads.values()) if (count > 1) return false
  return true
}

/** No other wave started or ended within the slow window of this one. */
function alone(wave: Wave, waves: readonly Wave[], { slowWaveWindowMs }: BurstLimits): boolean {
  return waves.every(
    (other) =>
      other === wave ||
      other.start > wave.end + slowWaveWindowMs ||
      other.end < wave.start - slowWaveWindowMs,
  )
}

/** Index of the first of the ascending `dates` later than `after` (dates.length when none). */
function firstAfter(dates: readonly number[], after: number): number {
  let low = 0
  let high = dates.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (dates[middle]! > after) high = middle
    else low = middle + 1
  }
  return low
}

function typedIn(mail: BurstMail['mail'], arrival: BurstMail['arrival']): boolean {
  // A disguised opening greets a title typed into the form ("Olá F<zero-width>a<zero-width>…").
  return (
    mail.indicatorCount > 0 || mail.disguised === true || arrival.reasons.includes('domain-burst')
  )
}

/** A small burst's mail: suspect, its wave's rules left out, the reason said. */
export function smallBurstVerdict(judged: Pick<Verdict, 'reasons'>, indicators: number): Verdict {
  const reasons = judged.reasons.filter((reason) => !WAVE_RULES.includes(reason))
  return suspectVerdict([...reasons, 'small-burst'], indicators)
}
