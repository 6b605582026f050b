// The retroactive walk of a recognised wave: the unbroken run of candidates leading up to the one
// that fired the rule, so an unrelated ticket hours before a slow wave stays out of it.
import type { Candidate, WalkedRun } from './wave.ts'

export interface WalkStart {
  /** Index (into the live array) of the firing window's first candidate. */
  from: number
  /** The candidate that fired the rule: the walk ends at it. */
  candidate: Candidate
  /** A longer gap between two candidates breaks the run. */
  gapMs: number
}

/**
 * The unbroken run ending at `start.candidate`, back to index `start.from`. A stretch an earlier
 * walk of this wave already covered (`covered`) is jumped over rather than walked again: dates
 * never change, so it is still unbroken and already in the wave. Without the jump a wave of n
 * mails costs n times its window to build. `dropped` is how many candidates were trimmed from the
 * front of `candidates`.
 */
export function walkRunBefore(
  candidates: readonly Candidate[],
  dropped: number,
  start: WalkStart,
  covered: WalkedRun | undefined,
): { members: Candidate[]; covered: WalkedRun } {
  const members: Candidate[] = []
  let lowest = start.candidate.seq
  let later = start.candidate
  for (let i = candidates.length - 1; i >= start.from; i--) {
    const member = candidates[i]!
    if (later.date - member.date > start.gapMs) break
    if (covered && member.seq === covered.to) {
      const first = candidates[covered.from - dropped]
      lowest = covered.from
      if (!first) break
      later = first
      i = covered.from - dropped
      continue
    }
    members.push(member)
    later = member
    lowest = member.seq
  }
  return { members, covered: { from: Math.max(lowest, dropped), to: start.candidate.seq } }
}
