// Verdict construction and scores. Scores grow with the evidence: a helpdesk fingerprint alone is
// weak, each relay indicator adds to it, and wave membership makes a mail relay.
import type { ReasonCode, Verdict } from '../types.ts'

export const SUSPECT_BASE_SCORE = 0.3
export const RELAY_BASE_SCORE = 0.8
export const SCORE_PER_INDICATOR = 0.06

export function cleanVerdict(reasons: ReasonCode[], important: boolean): Verdict {
  return { verdict: 'clean', score: 0, reasons: unique(reasons), waveId: null, important }
}

export function suspectVerdict(reasons: ReasonCode[], indicators: number): Verdict {
  const burst = reasons.includes('domain-burst') ? 0.1 : 0
  const score = Math.min(0.69, SUSPECT_BASE_SCORE + indicators * SCORE_PER_INDICATOR + burst)
  return {
    verdict: 'suspect',
    score: round(score),
    reasons: unique(reasons),
    waveId: null,
    important: false,
  }
}

export function relayVerdict(reasons: ReasonCode[], indicators: number, waveId: string): Verdict {
  const score = Math.min(0.99, RELAY_BASE_SCORE + indicators * SCORE_PER_INDICATOR)
  return {
    verdict: 'relay',
    score: round(score),
    reasons: unique(reasons),
    waveId,
    important: false,
  }
}

/**
 * The final verdict of a mail after everything seen: a wave that took it in after its arrival
 * makes it relay; another company's candidate arriving soon after makes a lone one suspect.
 */
export function retroactive(
  arrival: Verdict,
  wave: { id: string; rules: Iterable<ReasonCode> } | null,
  indicators: number,
  paired = false,
): Verdict {
  // A mail first taken for an earlier wave's trail that a new wave took in is the new wave's.
  const trail = arrival.reasons.includes('wave-trail')
  if (arrival.important || (arrival.verdict === 'relay' && !(trail && wave))) return arrival
  if (wave) {
    const reasons = arrival.reasons.filter((reason) => reason !== 'wave-trail')
    return relayVerdict([...reasons, ...wave.rules], indicators, wave.id)
  }
  if (paired && arrival.verdict === 'clean') return suspectVerdict(arrival.reasons, indicators)
  return arrival
}

/** What makes a wave (a company's own burst is no wave's: it stays named). */
export const WAVE_RULES: readonly ReasonCode[] = ['cross-brand-wave', 'slow-wave', 'same-payload']

/**
 * A mail of a company whose confirmation the person answered (answered.ts): clean, whatever it was
 * called before the answer came, its wave's rules left out.
 */
export function answeredVerdict(judged: Pick<Verdict, 'reasons' | 'important'>): Verdict {
  const reasons = judged.reasons.filter((reason) => !WAVE_RULES.includes(reason))
  return cleanVerdict([...reasons, 'user-answered-confirmation'], judged.important)
}

/** The reasons without repeats, in first-seen order (a handful each: no Set is built). */
export function unique(reasons: readonly ReasonCode[]): ReasonCode[] {
  const kept: ReasonCode[] = []
  for (const reason of reasons) if (!kept.includes(reason)) kept.push(reason)
  return kept
}

function round(score: number): number {
  return Math.round(score * 100) / 100
}
