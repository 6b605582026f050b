// The fifteenth held-out set's own checks: determinism, complete labels, every kind x language,
// fresh company names, wave shapes and wording mix. It never scans: the detector's results are
// for the lead's one run on the final detector.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STEMS } from '../eval/fifteenth/companies.ts'
import { FAMILIES } from '../eval/fifteenth/composed/blocks.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  waveScenarioWithShape,
  WAVE_LANGS,
} from '../eval/fifteenth/scenarios.ts'
import { HANDWRITTEN } from '../eval/fifteenth/waves/wording.ts'
import { fifteenthLines } from '../eval/fifteenth/report.ts'
import type { ScoredRow } from '../eval/score.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import type { HamMail } from '../eval/spam-assassin.ts'

const MINUTE = 60_000
const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@lists.example>`,
  subject: `Re: thread ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), 9 + (i % 10)),
  listId: i % 2 ? 'list.example' : null,
  text: `text ${i}`,
}))
const WAVES = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)

describe('fifteenth evaluation set', () => {
  it('is the same on every run', () => {
    const once = JSON.stringify(buildScenarios(HAM, []).map((s) => s.records))
    expect(JSON.stringify(buildScenarios(HAM, []).map((s) => s.records))).toBe(once)
  })

  it('labels every mail, waves with family, language, product, sender and wave id', () => {
    const check = (s: Scenario) => {
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        if (label?.label === 'wave') {
          expect([
            label.family,
            label.lang,
            label.product,
            label.sender,
            label.waveId,
          ]).not.toContain(undefined)
        }
      }
    }
    buildScenarios(HAM, []).forEach(check)
  })

  it('has a wave for every kind and language, each language present in every kind', () => {
    for (const kind of WAVE_KINDS) {
      const waves = WAVES.filter((w) => w.scenario.kind === kind)
      expect(waves.map((w) => w.scenario.name)).toEqual(WAVE_LANGS.map((l) => `${kind} ${l}`))
      const langs = new Set(waves.flatMap((w) => [...w.shape.labels.values()].map((l) => l.lang)))
      for (const lang of LANGUAGES) expect(langs, `${kind} ${lang}`).toContain(lang)
    }
  })

  it('gives waves 40-400 mails from 20-150 companies within 3-90 minutes, one of them slow', () => {
    for (const { shape } of WAVES) {
      expect(shape.records.length).toBeGreaterThanOrEqual(40)
      expect(shape.records.length).toBeLessThanOrEqual(400)
      expect(shape.plan.length).toBeGreaterThanOrEqual(20)
      expect(shape.plan.length).toBeLessThanOrEqual(150)
      expect(shape.end - shape.spec.start).toBeLessThanOrEqual(90 * MINUTE)
      expect(shape.plan.some((p) => p.submissions > 1)).toBe(true)
    }
    expect(WAVES.some(({ shape }) => shape.end - shape.spec.start >= 80 * MINUTE)).toBe(true)
  })

  it('words over 70 % of wave mail in-house, half of that hand-written, none alike in a wave', () => {
    for (const { shape } of WAVES) {
      const count = (o: string) =>
        shape.plan.filter((p) => p.wording.origin === o).reduce((n, p) => n + p.submissions, 0)
      const inHouse = count('handwritten') + count('composed')
      expect(inHouse / shape.records.length).toBeGreaterThanOrEqual(0.7)
      expect(count('handwritten') * 2).toBeGreaterThanOrEqual(inHouse)
      const bodies = shape.plan
        .filter((p) => p.wording.origin !== 'product')
        .map((p) => p.wording.body)
      expect(new Set(bodies).size).toBe(bodies.length)
    }
  })

  it('shows at least 10 % of wave mail by display name, and carries payload-free and same-payload waves', () => {
    const all = WAVES.flatMap(({ shape }) => [...shape.labels.values()])
    expect(all.filter((l) => l.sender === 'display').length / all.length).toBeGreaterThanOrEqual(
      0.1,
    )
    expect(WAVES.some(({ shape }) => shape.spec.mode === 'none')).toBe(true)
    const same = WAVES.filter(({ shape }) => shape.spec.mode === 'same')
    expect(same.length).toBeGreaterThan(0)
    for (const { shape } of same) {
      const tags = new Set([...shape.labels.values()].map((l) => l.payload))
      expect(tags.size).toBe(1)
    }
  })

  it('puts 3-6 important mails inside every wave', () => {
    for (const { scenario, shape } of WAVES) {
      const inside = [...scenario.labels.values()].filter(
        (l) => l.label === 'important' && l.waveId === shape.spec.waveId,
      )
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
    }
  })

  it('has the person write to 8-12 companies within an hour, each acknowledged 1-10 minutes later', () => {
    LANGUAGES.forEach((_, l) => {
      const { scenario, shape } = ownScenarioWithShape(HAM, l)
      expect(shape.sent).toBeGreaterThanOrEqual(8)
      expect(shape.sent).toBeLessThanOrEqual(12)
      expect(shape.lastSent - shape.first).toBeLessThanOrEqual(60 * MINUTE)
      const sent = scenario.records.filter((r) => r.folder === 'sent')
      for (const s of sent) {
        const ack = scenario.records.find((r) => r.id === s.id.replace('-sent-', '-ack-'))!
        const gap = Date.parse(ack.date) - Date.parse(s.date)
        expect(gap).toBeGreaterThanOrEqual(MINUTE)
        expect(gap).toBeLessThanOrEqual(10 * MINUTE)
      }
    })
  })

  it('hand-writes at least 60 texts per family, eight per language, no two sharing a sentence', () => {
    const sentences = new Map<string, string>()
    for (const family of FAMILIES) {
      const texts = HANDWRITTEN[family]
      expect(texts.length).toBeGreaterThanOrEqual(60)
      for (const lang of LANGUAGES)
        expect(texts.filter((t) => t[0] === lang).length).toBeGreaterThanOrEqual(8)
      for (const [, subject, body] of texts)
        for (const sentence of `${subject}\n${body}`
          .split(/(?<=[.!?])\s+|\n+/u)
          .map((s) => s.trim())
          .filter((s) => s.length > 24)) {
          expect(sentences.get(sentence), sentence).toBeUndefined()
          sentences.set(sentence, family)
        }
    }
  })

  it('names no company an earlier set used', async () => {
    const earlier = [
      'fresh',
      'third',
      'fourth',
      'fifth',
      'sixth',
      'seventh',
      'eighth',
      'ninth',
      'tenth',
      'eleventh',
      'twelfth',
      'thirteenth',
      'fourteenth',
    ]
    const mine = STEMS.map((s) => s.toLowerCase())
    const taken = new Set<string>()
    for (const set of earlier) {
      const mod = (await import(`../eval/${set}/companies.ts`)) as {
        STEMS?: readonly string[]
        allCompanies?: (lang: string) => { name: string }[]
      }
      for (const stem of mod.STEMS ?? []) taken.add(stem.toLowerCase())
      for (const lang of LANGUAGES)
        for (const c of mod.allCompanies?.(lang) ?? [])
          for (const word of c.name.toLowerCase().split(/\s+/u)) taken.add(word)
    }
    // The first set's and every earlier set's source text, for names built in other ways.
    const texts = ['companies.ts', ...earlier.map((s) => `${s}/companies.ts`)]
      .map((f) => readFileSync(new URL(`../eval/${f}`, import.meta.url), 'utf8').toLowerCase())
      .join('\n')
    for (const stem of mine) {
      expect(taken.has(stem), stem).toBe(false)
      expect(texts.includes(stem), stem).toBe(false)
    }
  })

  it('reports recall per family, language and wording origin from hand-made rows', () => {
    const row = (product: string, verdict: ScoredRow['verdict']): ScoredRow => ({
      scenario: 's',
      kind: 'a-acknowledgement',
      id: product,
      subject: '',
      label: { label: 'wave', family: 'ack', lang: 'de', product, sender: 'display' },
      verdict,
      verdictAtArrival: verdict,
      important: false,
    })
    const lines = fifteenthLines([row('in-house/handwritten', 'relay'), row('HelpCrunch', 'clean')])
    expect(lines).toContain('wave recall by family: ack 0.50 (2)')
    expect(lines).toContain('wave recall by language: de 0.50 (2)')
    expect(lines).toContain('wave recall by wording: product 0.00 (1); handwritten 1.00 (1)')
  })
})
