// Hostile input never crashes or hangs the rules. Every rule reads a bounded prefix, so 1 MB
// subjects cost what 2 KB ones cost; the test timeout is the hang detector (speed itself is
// measured in `npm run bench`, never asserted here).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify } from '../../src/core/wave/classify.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'
import { REASON_CODES } from '../../src/core/types.ts'
import { BACKGROUND_REQUESTS } from '../../src/messaging/requests.ts'

const HOSTILE_PIECES = [
  '\u202e',
  '\u200b',
  '\ud800',
  '\udfff',
  '<script>alert(1)</script>',
  '𝐅𝐑𝐄𝐄',
  '[',
  '#',
  '(',
  '##-',
  'Request received:',
  '@',
  '\u0000',
  'ｗ',
  '%{ticket.number}',
]
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
)
const mail = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  date: fc.option(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), {
    nil: null,
  }),
  senderName: hostileString,
  senderAddress: fc.oneof(hostileString, fc.emailAddress()),
  subject: hostileString,
  snippet: hostileString,
})

const KNOWN = new Set<string>(REASON_CODES)

describe('rules on hostile input', () => {
  it('classify answers a valid verdict for any batch of hostile rows', () => {
    fc.assert(
      fc.property(fc.array(mail, { maxLength: 40 }), (rows) => {
        const { verdicts } = classify(rows.map(extractFeatures))
        for (const verdict of verdicts.values()) {
          expect(['clean', 'suspect', 'relay']).toContain(verdict.verdict)
          expect(verdict.score).toBeGreaterThanOrEqual(0)
          expect(verdict.score).toBeLessThanOrEqual(1)
          expect(verdict.reasons.every((reason) => KNOWN.has(reason))).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('handles 1 MB subjects built to make regular expressions backtrack', () => {
    const megabyte = 1_048_576
    const attacks = [
      '[',
      '#',
      '(',
      ' ',
      'a',
      '1',
      '##- ',
      'Request received: ',
      '\u202e',
      '𝐀',
      '[Ticket#',
    ]
    let slowest = 0
    for (const piece of attacks) {
      const subject = piece.repeat(Math.ceil(megabyte / piece.length))
      const started = performance.now()
      const features = extractFeatures({
        id: 'x',
        date: 0,
        senderName: subject,
        senderAddress: subject,
        subject,
        snippet: subject,
        body: subject,
      })
      slowest = Math.max(slowest, performance.now() - started)
      expect(features.payload.length).toBeLessThanOrEqual(80)
    }
    // A measurement for the record, not a pass mark: linear time shows as milliseconds here.
    console.info(
      `1 MB hostile subject, sender, snippet and body: slowest of ${attacks.length} shapes ${slowest.toFixed(0)} ms`,
    )
  })

  it('the content-script validator accepts or rejects any row without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const [row] = BACKGROUND_REQUESTS['rows.ingest']({ rows: [value] }).rows
        if (row) expect(row.subject.length).toBeLessThanOrEqual(1_000)
      }),
      { numRuns: 500 },
    )
  })
})
