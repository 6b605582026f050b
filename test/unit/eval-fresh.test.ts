// The fresh held-out set (test/eval/fresh): deterministic from its seeds, every label present,
// every language and wording family covered. Runs on a stub ham list, so it never reads the
// SpamAssassin corpus.
import { describe, expect, it } from 'vitest'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { buildScenarios, waveScenario, WAVE_LANGS } from '../eval/fresh/scenarios.ts'
import { PRODUCTS } from '../eval/fresh/wordings/index.ts'
import { FAMILIES } from '../eval/fresh/wordings/types.ts'

const ham: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `stub/${i}`,
  group: 'stub',
  from: `Person ${i} <person${i}@example.org>`,
  subject: i % 2 ? `[list] Re: topic ${i}` : `topic ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), i % 24),
  listId: i % 2 ? '<list.example.org>' : null,
  text: `text ${i}`,
}))

const scenarios: Scenario[] = buildScenarios(ham)
const labels = scenarios.flatMap((s) => [...s.labels.values()])

describe('fresh evaluation set', () => {
  it('is deterministic', () => {
    for (const [k, l] of [
      [0, 0],
      [2, 3],
      [4, WAVE_LANGS.length - 1],
    ] as const) {
      const again = waveScenario(ham, k, l)
      const first = scenarios.find((s) => s.name === again.name)!
      expect(again.records).toEqual(first.records)
      expect([...again.labels]).toEqual([...first.labels])
    }
  })

  it('labels every record and holds every label class', () => {
    const unlabelled = scenarios.flatMap((s) => s.records.filter((r) => !s.labels.has(r.id)))
    expect(unlabelled).toEqual([])
    for (const label of ['wave', 'important', 'own', 'ham'])
      expect(labels.some((l) => l.label === label)).toBe(true)
    expect(labels.some((l) => l.label === 'important' && l.waveId !== undefined)).toBe(true)
    expect(labels.some((l) => l.label === 'important' && l.waveId === undefined)).toBe(true)
    const ids = scenarios.flatMap((s) => s.records.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('covers every wave kind, language, family and sender shape', () => {
    for (const kind of WAVE_KINDS) expect(scenarios.filter((s) => s.kind === kind)).toHaveLength(8)
    expect(scenarios.filter((s) => s.kind === 'g-own')).toHaveLength(LANGUAGES.length)
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
    const waves = labels.filter((l) => l.label === 'wave')
    for (const lang of LANGUAGES)
      for (const family of FAMILIES) {
        expect(waves.some((l) => l.lang === lang && l.family === family)).toBe(true)
        expect(
          PRODUCTS.filter((p) => p.family === family && p.texts[lang]).length,
        ).toBeGreaterThanOrEqual(2)
      }
    for (const sender of ['own', 'hosted', 'display'])
      expect(waves.some((l) => l.sender === sender)).toBe(true)
    for (const p of PRODUCTS) expect(p.source.length).toBeGreaterThan(10)
  })

  it('keeps waves within their shape: 80–300 mails, 30–100 companies, 5–40 minutes', () => {
    for (const s of scenarios.filter((x) => x.kind !== 'g-own' && x.kind !== 'h-quiet')) {
      const wave = s.records.filter((r) => s.labels.get(r.id)?.label === 'wave')
      expect(wave.length).toBeGreaterThanOrEqual(80)
      expect(wave.length).toBeLessThanOrEqual(300)
      const companies = new Set(wave.map((r) => r.from.replace(/ <.*$/u, '')))
      expect(companies.size).toBeGreaterThanOrEqual(30)
      const times = wave.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(40 * 60_000)
    }
  })

  it('has the person write 8–12 companies and get acknowledgements, sent mail in the sent folder', () => {
    for (const s of scenarios.filter((x) => x.kind === 'g-own')) {
      const sent = s.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(s.records.filter((r) => s.labels.get(r.id)?.source === 'own/signup')).toHaveLength(1)
    }
  })
})
