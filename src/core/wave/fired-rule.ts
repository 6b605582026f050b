// Which rule a new candidate makes fire, if any: many companies within the fast, quick or slow
// window, or one typed-in text from several companies. Companies whose confirmation the person
// answered (answered.ts) count towards none of the company windows; the typed-in text counts every
// company that carried it.
import type { ReasonCode } from '../types.ts'
import type { Thresholds } from './thresholds.ts'
import type { Candidate } from './wave.ts'
import type { DistinctWindow, GroupedWindow } from './window.ts'

export interface FiredRule {
  rule: ReasonCode
  /** Index of the firing window's first candidate. */
  from: number
}

interface CompanyWindows {
  fast: DistinctWindow<Candidate>
  quick: DistinctWindow<Candidate>
  slow: DistinctWindow<Candidate>
}

export function firedRule(
  candidate: Candidate,
  { fast, quick, slow }: CompanyWindows,
  perPayload: GroupedWindow<Candidate>,
  { thresholds: t, answered }: { thresholds: Thresholds; answered: readonly string[] },
): FiredRule | null {
  if (fast.distinctExcept(answered) >= t.waveMinBrands)
    return { rule: 'cross-brand-wave', from: fast.first }
  if (quick.distinctExcept(answered) >= t.quickWaveMinBrands)
    return { rule: 'cross-brand-wave', from: quick.first }
  if (candidate.payload && perPayload.distinctIn(candidate.payload) >= t.payloadMinBrands)
    return { rule: 'same-payload', from: perPayload.first }
  if (slow.distinctExcept(answered) >= t.slowWaveMinBrands)
    return { rule: 'slow-wave', from: slow.first }
  return null
}
