// The jsonl line is written field by field: it must be exactly what JSON.stringify writes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatResult } from '../../src/cli/format.ts'
import type { ScanResult } from '../../src/cli/scan.ts'
import { REASON_CODES } from '../../src/core/types.ts'

const verdictName = fc.constantFrom('clean' as const, 'suspect' as const, 'relay' as const)
const result: fc.Arbitrary<ScanResult> = fc.record({
  id: fc.string({ unit: 'binary', maxLength: 40 }),
  verdict: fc.record({
    verdict: verdictName,
    score: fc.oneof(fc.double(), fc.constantFrom(0, -0, 0.86, 0.3, 1)),
    reasons: fc.uniqueArray(fc.constantFrom(...REASON_CODES), { maxLength: 5 }),
    waveId: fc.option(fc.string({ unit: 'binary', maxLength: 40 })),
    important: fc.boolean(),
  }),
  verdictAtArrival: fc.record({
    verdict: verdictName,
    score: fc.constant(0),
    reasons: fc.constant([]),
    waveId: fc.constant(null),
    important: fc.boolean(),
  }),
})

const stringified = (r: ScanResult) =>
  JSON.stringify({
    id: r.id,
    verdict: r.verdict.verdict,
    score: r.verdict.score,
    reasons: r.verdict.reasons,
    waveId: r.verdict.waveId,
    important: r.verdict.important,
    verdictAtArrival: r.verdictAtArrival.verdict,
  })

describe('the jsonl line', () => {
  it('is what JSON.stringify writes for the same fields, whatever the id and wave id hold', () => {
    fc.assert(fc.property(result, (r) => formatResult(r, 'jsonl') === stringified(r)))
  })

  it('writes a score that is no number as null', () => {
    const r = fc.sample(result, { seed: 1, numRuns: 1 })[0]!
    const line = formatResult({ ...r, verdict: { ...r.verdict, score: Number.NaN } }, 'jsonl')
    expect(JSON.parse(line).score).toBeNull()
  })
})
