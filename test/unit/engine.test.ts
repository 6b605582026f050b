import { describe, expect, it } from 'vitest'
import { WaveEngine } from '../../src/core/wave/engine.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { classify } from '../../src/core/wave/classify.ts'
import {
  DEFAULT_THRESHOLDS,
  WAVE_MIN_BRANDS,
  WAVE_WINDOW_MS,
  withOverrides,
} from '../../src/core/wave/thresholds.ts'
import { retroactive } from '../../src/core/wave/verdicts.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 0, 18, 9, 0)

const ack = (i: number, minutes: number, over: Partial<MailInput> = {}): MailInput => ({
  id: `m${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] ticket title ${i}`,
  snippet: `Your request (${1000 + i}) has been received and is being reviewed by our support staff.`,
  ...over,
})

function run(mails: MailInput[], setup: (engine: WaveEngine) => void = () => {}) {
  const engine = new WaveEngine()
  setup(engine)
  const features = mails.map(extractFeatures)
  const arrival = features.map((f) => engine.observe(f))
  const final = features.map((f, i) =>
    retroactive(arrival[i]!, engine.waveOf(f.id), f.indicatorCount, engine.isPaired(f.id)),
  )
  return { engine, arrival, final }
}

describe('wave engine', () => {
  it("makes a lone candidate suspect once another company's candidate follows it", () => {
    const { arrival, final } = run([ack(0, 0), ack(1, 2)])
    expect(arrival.map((v) => v.verdict)).toEqual(['clean', 'suspect'])
    expect(final.map((v) => v.verdict)).toEqual(['suspect', 'suspect'])
  })

  it('leaves a lone candidate clean when the next company writes outside the window', () => {
    const { final } = run([ack(0, 0), ack(1, 60)])
    expect(final.map((v) => v.verdict)).toEqual(['clean', 'clean'])
  })

  it('recognises a cross-brand burst at the arrival of the brand that reaches the threshold', () => {
    // Three minutes apart: the quick rule (three companies in five minutes) does not fire.
    const { arrival, final, engine } = run(Array.from({ length: 8 }, (_, i) => ack(i, 3 * i)))
    expect(arrival.map((v) => v.verdict)).toEqual([
      // The first candidate alone is clean; others around it make it a suspected start.
      'clean',
      ...Array(WAVE_MIN_BRANDS - 2).fill('suspect'),
      ...Array(8 - WAVE_MIN_BRANDS + 1).fill('relay'),
    ])
    expect(
      final.every((v) => v.verdict === 'relay' && v.reasons.includes('cross-brand-wave')),
    ).toBe(true)
    expect(engine.waves).toHaveLength(1)
    // Named after its earliest member, though recognised at the fourth mail.
    expect(engine.waves[0]?.id).toBe(`wave-${new Date(T0).toISOString()}`)
    expect(final[0]?.waveId).toBe(engine.waves[0]?.id)
  })

  it('does not call one brand writing many times a cross-brand wave, but notes the burst', () => {
    const { final } = run(
      Array.from({ length: 8 }, (_, i) => ack(i, i, { senderAddress: 'support@one.zendesk.com' })),
    )
    expect(final.every((v) => v.verdict !== 'relay')).toBe(true)
    expect(final.at(-1)).toMatchObject({ verdict: 'suspect' })
    expect(final.at(-1)?.reasons).toContain('domain-burst')
  })

  it('keeps brands that wrote further apart than the window out of a fast wave', () => {
    const gap = WAVE_WINDOW_MS / MINUTE + 1
    const { final } = run(
      Array.from({ length: 5 }, (_, i) =>
        ack(i, i * gap, { subject: `[Request received] title ${i}` }),
      ),
    )
    // Each alone in its window: a candidate with no other company around it stays clean.
    expect(final.map((v) => v.verdict)).toEqual(Array(5).fill('clean'))
  })

  it('catches a slow wave: one mail every 20 minutes for hours from different brands', () => {
    const mails = Array.from({ length: 12 }, (_, i) => ack(i, i * 20))
    const { final, engine } = run(mails)
    expect(final.filter((v) => v.verdict === 'relay').length).toBeGreaterThanOrEqual(10)
    expect(engine.waves[0]?.rules.has('slow-wave')).toBe(true)
  })

  it('takes every mail of a long unbroken run into one wave, whichever rule extends it', () => {
    // Slow start (one mail every 20 minutes), then a fast flood of 3,000, then slow again: the
    // walk back over the run jumps over stretches already taken in, and must miss none.
    const minutes = [
      ...Array.from({ length: 12 }, (_, i) => i * 20),
      ...Array.from({ length: 3_000 }, (_, i) => 240 + i * 0.2),
      ...Array.from({ length: 12 }, (_, i) => 840 + i * 20),
    ]
    const mails = minutes.map((at, i) =>
      ack(i, at, { senderAddress: `support@brand${i % 40}.zendesk.com` }),
    )
    const { final, engine } = run(mails)
    expect(engine.waves).toHaveLength(1)
    expect(engine.waves[0]?.members).toHaveLength(mails.length)
    expect(final.every((v) => v.verdict === 'relay')).toBe(true)
  })

  it('reaches back past a stretch taken in by a fast wave when the slow rule fires later', () => {
    // One brand every 20 minutes (no rule), a fast burst of four brands (fast rule: its window
    // only), then brands every 20 minutes until the eighth brand in six hours (slow rule: the
    // whole unbroken run, including the first brand's mails before the burst).
    const plan: [number, string][] = [
      [0, 'a'],
      [20, 'a'],
      [40, 'a'],
      [60, 'a'],
      [80, 'b'],
      [81, 'c'],
      [82, 'd'],
      [83, 'e'],
      [100, 'f'],
      [120, 'g'],
      [140, 'h'],
    ]
    const mails = plan.map(([at, brand], i) =>
      ack(i, at, { senderAddress: `support@${brand}.zendesk.com` }),
    )
    const { engine } = run(mails)
    expect(engine.waves).toHaveLength(1)
    expect([...(engine.waves[0]?.members ?? [])].sort()).toEqual(mails.map((m) => m.id).sort())
    expect(engine.waves[0]?.rules).toEqual(new Set(['cross-brand-wave', 'slow-wave']))
  })

  it('catches the same payload relayed by different brands hours apart', () => {
    const mails = [0, 200, 400].map((minutes, i) =>
      ack(i, minutes, { subject: `[Request received] 𝐓𝐀𝐊𝐄 𝐃𝐎𝐖𝐍 𝐎𝐑𝐃𝐄𝐑𝐒 #${4000 + i}` }),
    )
    const { final } = run(mails)
    expect(final.map((v) => v.verdict)).toEqual(['relay', 'relay', 'relay'])
    expect(final[0]?.reasons).toContain('same-payload')
  })

  it('is not fooled by a user who wrote to twelve companies and got twelve acknowledgements', () => {
    const mails = Array.from({ length: 12 }, (_, i) => ack(i, i))
    const { final } = run(mails, (engine) => {
      for (let i = 0; i < 12; i++) engine.recordOutgoing(`brand${i}.zendesk.com`, T0 - 5 * MINUTE)
    })
    expect(
      final.every((v) => v.verdict === 'clean' && v.reasons.includes('user-contacted-brand')),
    ).toBe(true)
  })

  it('honours "I opened a ticket with this company" until its expiry only', () => {
    const before = run([ack(1, 0)], (engine) =>
      engine.expectTicket('brand1.zendesk.com', T0 + MINUTE),
    )
    expect(before.final[0]?.reasons).toContain('expected-ticket')
    const after = run([ack(1, 0)], (engine) =>
      engine.expectTicket('brand1.zendesk.com', T0 - MINUTE),
    )
    expect(after.final[0]?.reasons).not.toContain('expected-ticket')
  })

  it('never labels important mail relay, even inside a wave', () => {
    const mails = [
      ...Array.from({ length: 6 }, (_, i) => ack(i, i)),
      {
        id: 'pw',
        date: T0 + 3 * MINUTE,
        senderName: 'Bank',
        senderAddress: 'alerts@bank.example',
        subject: 'Your password was changed',
        snippet: 'If this was not you…',
      },
    ].sort((a, b) => (a.date ?? 0) - (b.date ?? 0))
    const { final } = run(mails)
    const password = final[mails.findIndex((m) => m.id === 'pw')]
    expect(password).toMatchObject({ verdict: 'clean', important: true })
  })

  it('judges on the mails own dates whatever order rows were seen in', () => {
    const mails = Array.from({ length: 6 }, (_, i) => extractFeatures(ack(i, i)))
    const { verdicts } = classify([...mails].reverse())
    expect([...verdicts.values()].every((v) => v.verdict === 'relay')).toBe(true)
  })

  it('lets settings override thresholds with valid numbers only', () => {
    const t = withOverrides({ waveMinBrands: 10, waveWindowMs: -5, slowWaveMinBrands: 'x' })
    expect(t.waveMinBrands).toBe(10)
    expect(t.waveWindowMs).toBe(DEFAULT_THRESHOLDS.waveWindowMs)
    expect(t.slowWaveMinBrands).toBe(DEFAULT_THRESHOLDS.slowWaveMinBrands)
  })
})
