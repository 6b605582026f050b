// The retroactive walk of a recognised wave: the unbroken run of candidates leading up to the one
// that fired the rule, so an unrelated ticket hours before a slow wave stays out of it.
import type { FiredRule } from './fired-rule.ts'
import type { Candidate, WalkedRun, Wave } from './wave.ts'

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

/** The candidates seen so far, as the engine keeps them, and the runs each wave's walks covered. */
export interface PastCandidates {
  candidates: readonly Candidate[]
  /** How many candidates were trimmed from the front of `candidates`. */
  dropped: number
  walked: WeakMap<Wave, WalkedRun>
  gapMs: number
}

/**
 * The earlier mails a recognised wave takes in: for the same-payload rule, the relays of that
 * payload; otherwise the unbroken run of helpdesk mail leading up to this one (no gap longer
 * than the join gap), so an unrelated ticket hours before a slow wave stays out of it.
 */
export function retroactiveMembers(
  fired: FiredRule,
  candidate: Candidate,
  wave: Wave,
  { candidates, dropped, walked, gapMs }: PastCandidates,
): Candidate[] {
  if (fired.rule === 'same-payload') {
    const from = candidates.slice(fired.from)
    return from.filter((earlier) => earlier.payload === candidate.payload)
  }
  const start = { from: fired.from, candidate, gapMs }
  const walk = walkRunBefore(candidates, dropped, start, walked.get(wave))
  walked.set(wave, walk.covered)
  return walk.members
}
