// Turns rows into verdicts: helpdesk fingerprints per mail, then the cross-brand wave rule over
// every helpdesk mail known for the account (the batch plus what was stored before).
import { CLEAN, type MailRow, type ReasonCode, type Verdict } from './types.ts'
import { helpdeskReasons, isHelpdeskMail } from './fingerprint.ts'
import { brandKey } from './sender.ts'
import {
  findWaves,
  type WaveCandidate,
  type WaveThresholds,
  DEFAULT_WAVE_THRESHOLDS,
} from './wave.ts'

export const SUSPECT_SCORE = 0.4
export const RELAY_SCORE = 0.9

export interface RowFeatures {
  id: string
  brand: string
  date: number | null
  reasons: ReasonCode[]
  helpdesk: boolean
}

export function rowFeatures(row: MailRow): RowFeatures {
  const reasons = helpdeskReasons(row)
  return {
    id: row.id,
    brand: brandKey(row.senderAddress),
    date: row.date,
    reasons,
    helpdesk: isHelpdeskMail(reasons),
  }
}

/** Verdicts for `rows`, judged together with `history` (earlier helpdesk mail of the account). */
export function classify(
  rows: readonly RowFeatures[],
  history: readonly WaveCandidate[] = [],
  thresholds: WaveThresholds = DEFAULT_WAVE_THRESHOLDS,
): Map<string, Verdict> {
  const candidates = [...history]
  for (const row of rows) {
    if (row.helpdesk && row.date !== null)
      candidates.push({ id: row.id, brand: row.brand, date: row.date })
  }
  const waves = findWaves(candidates, thresholds)
  const verdicts = new Map<string, Verdict>()
  for (const row of rows) verdicts.set(row.id, verdictFor(row, waves.get(row.id) ?? null))
  return verdicts
}

function verdictFor(row: RowFeatures, waveId: string | null): Verdict {
  if (!row.helpdesk) return CLEAN
  const reasons: ReasonCode[] = [...row.reasons]
  if (row.date === null) reasons.push('no-date')
  if (waveId === null)
    return { verdict: 'suspect', score: SUSPECT_SCORE, reasons, waveId, important: false }
  reasons.push('cross-brand-wave')
  return { verdict: 'relay', score: RELAY_SCORE, reasons, waveId, important: false }
}
