// The seventeenth held-out set's inboxes (test/eval/seventeenth), built on stub corpora: checks
// the set itself (determinism, labels, coverage, shapes, wording rules, company names), never
// the detector's verdicts.
import { describe, expect, it } from 'vitest'
import { fromJsonLine } from '../../src/cli/records.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type MailLabel } from '../eval/types.ts'
import { MINUTE } from '../eval/seventeenth/clock.ts'
import { slugOf, STEMS } from '../eval/seventeenth/companies.ts'
import { earlierNames } from '../eval/seventeenth/earlier-names.ts'
import { PRODUCTS } from '../eval/seventeenth/products.ts'
import { seventeenthLines } from '../eval/seventeenth/report.ts'
import type { ScoredRow } from '../eval/score.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  SLOW_WAVES,
  SUBJECT_PAYLOAD_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/seventeenth/scenarios.ts'
import { HAND_TEXTS } from '../eval/seventeenth/texts/index.ts'

const HAM: HamMail[] = Array.from({ length: 80 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@list.example>`,
  subject: `Re: thread ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), 9, i),
  listId: i % 2 ? 'list.example' : null,
  text: `text ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Help <h@x.example>',
    subject: 'Ticket',
    date: Date.UTC(2020, 1, 1),
    text: 'x',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'Bo <b@y.example>',
    subject: 'Re: hi',
    date: null,
    text: 'y',
  },
]

const scenarios = buildScenarios(HAM, REAL)
const waves = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)
const waveLabels = scenarios.flatMap((s) =>
  [...s.labels.values()].filter((l) => l.label === 'wave'),
)
const share = (keep: (l: MailLabel) => boolean, of: MailLabel[] = waveLabels) =>
  of.filter(keep).length / of.length

describe('seventeenth evaluation set', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every record once and holds every label class', () => {
    for (const s of scenarios) {
      expect(s.labels.size).toBe(s.records.length)
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      for (const r of s.records) expect(s.labels.get(r.id)).toBeDefined()
    }
    const classes = new Set(scenarios.flatMap((s) => [...s.labels.values()].map((l) => l.label)))
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it("writes every record in the scanner's .jsonl input contract", () => {
    for (const s of scenarios)
      for (const r of s.records) {
        const read = fromJsonLine(JSON.stringify(r))
        expect(read.date, r.id).not.toBeNull()
        expect(read.from.length, r.id).toBeGreaterThan(0)
        expect(read.subject.length, r.id).toBeGreaterThan(0)
      }
  })

  it('covers every wave kind in every language, plus own bursts and a quiet inbox', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) {
        const s = scenarios.filter((x) => x.kind === kind)
        expect(
          s.some((x) => [...x.labels.values()].some((l) => l.label === 'wave' && l.lang === lang)),
          `${kind} ${lang}`,
        ).toBe(true)
      }
    expect(scenarios.filter((s) => s.kind === 'g-own').length).toBe(7)
    expect(scenarios.filter((s) => s.kind === 'h-quiet').length).toBe(1)
    for (const family of ['helpdesk', 'verification', 'subscription', 'reset'])
      expect(waveLabels.some((l) => l.family === family)).toBe(true)
    for (const p of PRODUCTS)
      expect(
        waveLabels.some((l) => l.product === p.product),
        p.product,
      ).toBe(true)
  })

  it('keeps the wave shapes: 40-400 mails, 20-150 companies, 3-90 minutes, repeats, slow waves', () => {
    for (const { shape } of waves) {
      expect(shape.records.length).toBeGreaterThanOrEqual(40)
      expect(shape.records.length).toBeLessThanOrEqual(400)
      expect(shape.companies).toBeGreaterThanOrEqual(20)
      expect(shape.companies).toBeLessThanOrEqual(150)
      expect(shape.records.length).toBeGreaterThan(shape.companies)
      const times = shape.records.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(90 * MINUTE)
      expect(shape.spanMinutes).toBeGreaterThanOrEqual(3)
    }
    expect(waves.filter(({ shape }) => shape.arrival === 'slow').length).toBe(SLOW_WAVES.length)
    expect(new Set(waves.map(({ shape }) => shape.arrival)).size).toBe(3)
    expect(waves.some(({ shape }) => shape.payloads.length === 0)).toBe(true)
  })

  it('puts 3-6 important mails inside each wave', () => {
    for (const { scenario, shape } of waves) {
      const waveId = shape.labels.values().next().value!.waveId
      const inside = [...scenario.labels.values()].filter(
        (l) => l.label === 'important' && l.waveId === waveId,
      )
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
    }
  })

  it('mixes the wording as required: request checks, in-house, hand-written, display names', () => {
    expect(share((l) => /request/u.test(l.product ?? ''))).toBeGreaterThanOrEqual(0.35)
    expect(share((l) => l.source !== 'product')).toBeGreaterThanOrEqual(0.7)
    expect(
      share(
        (l) => l.source === 'hand',
        waveLabels.filter((l) => l.source !== 'product'),
      ),
    ).toBeGreaterThanOrEqual(0.5)
    expect(share((l) => l.sender === 'display')).toBeGreaterThanOrEqual(0.1)
    expect(new Set(waveLabels.map((l) => l.sender))).toEqual(new Set(['own', 'hosted', 'display']))
    for (const { shape } of waves)
      expect(new Set(shape.templates).size).toBe(shape.templates.length)
  })

  it('has 40+ hand-written texts per family sharing no sentence', () => {
    const seen = new Map<string, string>()
    const perFamily = { helpdesk: 0, verification: 0, subscription: 0, reset: 0 }
    const family = {
      request: 'helpdesk',
      ack: 'helpdesk',
      account: 'verification',
      subscription: 'subscription',
      reset: 'reset',
    } as const
    for (const [kind, byLang] of Object.entries(HAND_TEXTS) as [
      keyof typeof family,
      Record<string, readonly string[]>,
    ][])
      for (const [lang, texts] of Object.entries(byLang)) {
        perFamily[family[kind]] += texts.length
        texts.forEach((text, i) => {
          for (const sentence of text
            .replace(/\{\w+\}/gu, '')
            .split(/[.!?\n]+/u)
            .map((s) => s.trim()))
            if (sentence.length >= 25) {
              expect(seen.get(sentence), `"${sentence}" in ${kind}/${lang}/${i}`).toBeUndefined()
              seen.set(sentence, `${kind}/${lang}/${i}`)
            }
        })
      }
    for (const count of Object.values(perFamily)) expect(count).toBeGreaterThanOrEqual(40)
  })

  it('carries one payload in the subject of every mail of the subject-payload wave', () => {
    const { shape } = waveScenarioWithShape(
      HAM,
      SUBJECT_PAYLOAD_WAVE.kind,
      SUBJECT_PAYLOAD_WAVE.lang,
    )
    expect(shape.payloads.length).toBe(1)
    for (const r of shape.records) expect(r.subject).toContain(shape.payloads[0]!.text)
  })

  it('builds own bursts of 8-12 sent mails within an hour, each answered 1-10 minutes later', () => {
    LANGUAGES.forEach((_, l) => {
      const { scenario, shape } = ownScenarioWithShape(HAM, l)
      const sent = shape.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBe(shape.sent)
      expect(shape.sent).toBeGreaterThanOrEqual(8)
      expect(shape.sent).toBeLessThanOrEqual(12)
      const times = sent.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(60 * MINUTE)
      for (let i = 0; i < shape.sent; i++) {
        const ack = shape.records.find((r) => r.id.endsWith(`-ack-${i}`))!
        const gap = Date.parse(ack.date) - Date.parse(sent[i]!.date)
        expect(gap).toBeGreaterThanOrEqual(MINUTE)
        expect(gap).toBeLessThanOrEqual(10 * MINUTE)
      }
      for (const r of shape.records) expect(scenario.labels.get(r.id)!.label).toBe('own')
    })
  })

  it('uses no company stem of the sixteen earlier sets', () => {
    const sets = earlierNames()
    expect(sets.length).toBe(15)
    for (const names of sets) expect(names.length).toBeGreaterThan(0)
    const words = new Set(sets.flat().flatMap((n) => n.split(/\s+/u).map(slugOf)))
    for (const stem of STEMS) expect(words.has(slugOf(stem)), stem).toBe(false)
  })

  it('reports recall by wording source, kind and language from labelled rows (stub verdicts)', () => {
    const rows: ScoredRow[] = scenarios.flatMap((sc) =>
      sc.records.map((r, i) => ({
        scenario: sc.name,
        kind: sc.kind,
        id: r.id,
        subject: r.subject,
        label: sc.labels.get(r.id)!,
        verdict: i % 2 ? 'relay' : 'clean',
        verdictAtArrival: 'clean',
        important: false,
      })),
    )
    const lines = seventeenthLines(rows)
    expect(lines[0]).toMatch(
      /^wave recall by wording source: product .*in-house .*hand-written .*composed/u,
    )
    expect(lines[1]).toMatch(/request .*ack .*account .*subscription .*reset/u)
    for (const lang of LANGUAGES)
      expect(
        lines.some((l) => l.startsWith(`wave recall lang ${lang} by kind: request-verification`)),
      ).toBe(true)
    for (const p of PRODUCTS) expect(lines.some((l) => l.includes(`${p.product} `))).toBe(true)
  })
})
