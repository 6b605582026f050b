// The held-out evaluation's scorer on a hand-made verdict list: every measure is checked against a
// figure worked out by hand, so a broken formula fails here.
import { describe, expect, it } from 'vitest'
import {
  importantPinned,
  latencies,
  median,
  ownRelay,
  precision,
  quietFlagged,
  quietRelay,
  recall,
  type ScoredRow,
} from '../eval/score.ts'
import type { VerdictName } from '../eval/scan.ts'
import type { MailLabel, ScenarioKind } from '../eval/types.ts'

let next = 0

function row(
  kind: ScenarioKind,
  label: MailLabel,
  verdict: VerdictName,
  verdictAtArrival: VerdictName = verdict,
  important = false,
): ScoredRow {
  return {
    scenario: kind,
    kind,
    id: `m${next++}`,
    subject: 's',
    label,
    verdict,
    verdictAtArrival,
    important,
  }
}

const waveA = (verdict: VerdictName, arrival: VerdictName, lang: 'en' | 'de' = 'en') =>
  row('a-acknowledgement', { label: 'wave', waveId: 'A', lang }, verdict, arrival)
const waveB = (verdict: VerdictName, arrival: VerdictName) =>
  row('b-verification', { label: 'wave', waveId: 'B', lang: 'de' }, verdict, arrival)

// Wave A: 5 mails, 4 relay, first relay at arrival is the 3rd (2 arrived before it).
// Wave B: 3 mails, relay in the end but never at arrival (latency = its size, 3).
// Wave C: 2 mails, the first already relay at arrival (latency 0).
const rows: ScoredRow[] = [
  waveA('relay', 'clean'),
  waveA('relay', 'suspect'),
  waveA('relay', 'relay', 'de'),
  waveA('clean', 'clean'),
  waveA('relay', 'relay'),
  waveB('relay', 'clean'),
  waveB('relay', 'suspect'),
  waveB('suspect', 'clean'),
  row('e-mixed', { label: 'wave', waveId: 'C', lang: 'en' }, 'relay'),
  row('e-mixed', { label: 'wave', waveId: 'C', lang: 'en' }, 'relay'),
  // Background of wave scenarios: one ham called relay (a precision error), important mail.
  row('a-acknowledgement', { label: 'ham' }, 'relay'),
  row('a-acknowledgement', { label: 'important', waveId: 'A' }, 'clean', 'clean', true),
  row('a-acknowledgement', { label: 'important', waveId: 'A' }, 'relay', 'relay', true),
  row('a-acknowledgement', { label: 'important', waveId: 'A' }, 'clean', 'clean', false),
  row('a-acknowledgement', { label: 'important', waveId: 'A' }, 'suspect', 'clean', true),
  row('a-acknowledgement', { label: 'important' }, 'relay', 'relay', false),
  // Own mail: one of three called relay (another precision error).
  row('g-own', { label: 'own' }, 'relay'),
  row('g-own', { label: 'own' }, 'suspect'),
  row('g-own', { label: 'own' }, 'clean'),
  // Quiet inbox: 8 mails, one suspect and one relay.
  ...(['clean', 'clean', 'suspect', 'clean', 'relay', 'clean', 'clean', 'clean'] as const).map(
    (v) => row('h-quiet', { label: 'ham' }, v),
  ),
]

describe('held-out scorer', () => {
  it('recall counts wave mails called relay, overall and per slice', () => {
    expect(recall(rows)).toEqual({ hits: 8, total: 10, value: 0.8 })
    expect(recall(rows, (r) => r.kind === 'b-verification')).toEqual({
      hits: 2,
      total: 3,
      value: 2 / 3,
    })
    expect(recall(rows, (r) => r.label.lang === 'de').value).toBeCloseTo(3 / 4)
    expect(recall(rows, (r) => r.kind === 'd-reset')).toEqual({ hits: 0, total: 0, value: null })
  })

  it('precision is wave mails among everything called relay', () => {
    // relay: 8 wave + 1 ham + 2 important (one inside, one outside) + 1 own + 1 quiet = 13
    expect(precision(rows)).toEqual({ hits: 8, total: 13, value: 8 / 13 })
  })

  it('the quiet inbox counts suspect and relay as flagged, and relay on its own', () => {
    expect(quietFlagged(rows)).toEqual({ hits: 2, total: 8, value: 0.25 })
    expect(quietRelay(rows)).toEqual({ hits: 1, total: 8, value: 0.125 })
  })

  it('own mail called relay', () => {
    expect(ownRelay(rows)).toEqual({ hits: 1, total: 3, value: 1 / 3 })
  })

  it('important mail inside a wave is pinned only when not relay and flagged important', () => {
    expect(importantPinned(rows)).toEqual({ hits: 2, total: 4, value: 0.5 })
  })

  it('latency counts wave mails that arrived before the first relay at arrival', () => {
    expect(latencies(rows)).toEqual([
      { waveId: 'A', size: 5, latency: 2, detected: true },
      { waveId: 'B', size: 3, latency: 3, detected: false },
      { waveId: 'C', size: 2, latency: 0, detected: true },
    ])
    expect(median(latencies(rows).map((w) => w.latency))).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
