// Whether the inbox knew a sender before a wave: a wave is many first-time senders, so mail from
// a sender the inbox already knew neither makes nor joins one, whatever it says (a code the
// person asked for, a colleague's automatic reply, a shop's newsletter).
import type { Thresholds } from './thresholds.ts'
import type { Wave } from './wave.ts'

type Gaps = Pick<Thresholds, 'waveJoinGapMs' | 'slowWaveWindowMs'>

/** The inbox knew the sender more than the join gap before `date`: it is no newcomer. */
export function knownBefore(firstSeen: number | undefined, date: number, t: Gaps): boolean {
  return firstSeen !== undefined && firstSeen < date - t.waveJoinGapMs
}

/**
 * For a confirmation at `date`: known before the wave under way, or, with none, before the
 * longest window a wave may take to build (a company of a slow wave may write twice in it).
 */
export function knownToInbox(
  firstSeen: number | undefined,
  date: number,
  wave: Wave | null,
  t: Gaps,
): boolean {
  const since = wave ? wave.start : date - t.slowWaveWindowMs
  return knownBefore(firstSeen, since, t)
}
