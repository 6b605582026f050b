// The third held-out set (test/eval/third): deterministic from its seeds, every label present,
// every language and wording family covered. Runs on a stub ham list, so it never reads the
// SpamAssassin corpus.
import { describe, expect, it } from 'vitest'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { buildScenarios, waveScenario, WAVE_LANGS } from '../eval/third/scenarios.ts'
import { PRODUCTS } from '../eval/third/products/index.ts'
import { FAMILIES } from '../eval/third/types.ts'

const ham: HamMail[] = Array.from({ length: 30 }, (_, i) => ({
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

describe('third evaluation set', () => {
  it('is deterministic', () => {
    for (const [k, l] of [
      [0, 1],
      [3, 4],
      [4, WAVE_LANGS.length - 1],
    ] as const) {
      const again = waveScenario(ham, k, l)
      const first = scenarios.find((s) => s.name === again.name)!
      expect(again.records).toEqual(first.records)
      expect([...again.labels]).toEqual([...first.labels])
    }
    expect(buildScenarios(ham).at(-1)!.records).toEqual(scenarios.at(-1)!.records)
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

  it('keeps waves within their shape: 60–400 mails, 25–150 companies, 3–60 minutes', () => {
    for (const s of scenarios.filter((x) => x.kind !== 'g-own' && x.kind !== 'h-quiet')) {
      const wave = s.records.filter((r) => s.labels.get(r.id)?.label === 'wave')
      expect(wave.length).toBeGreaterThanOrEqual(60)
      expect(wave.length).toBeLessThanOrEqual(400)
      const companies = new Set(wave.map((r) => r.from.replace(/ <.*$/u, '')))
      expect(companies.size).toBeGreaterThanOrEqual(25)
      const times = wave.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(60 * 60_000)
      const inside = s.records.filter(
        (r) => s.labels.get(r.id)?.waveId && s.labels.get(r.id)?.label === 'important',
      )
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
    }
  })

  it('has the person write 8–12 companies within an hour, acknowledged 1–10 minutes later', () => {
    for (const s of scenarios.filter((x) => x.kind === 'g-own')) {
      const sent = s.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      const times = sent.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(60 * 60_000)
      const acks = s.records.filter((r) =>
        s.labels.get(r.id)?.source?.startsWith('acknowledgement'),
      )
      expect(acks).toHaveLength(sent.length)
      expect(s.records.some((r) => s.labels.get(r.id)?.source === 'lone sign-up')).toBe(true)
    }
  })

  it('fills the quiet inbox with at least 300 hand-written everyday mails', () => {
    const quiet = scenarios.find((s) => s.kind === 'h-quiet')!
    const everyday = [...quiet.labels.values()].filter((l) => !l.source?.startsWith('stub'))
    expect(everyday.length).toBeGreaterThanOrEqual(300)
    const subjects = quiet.records.map((r) => r.subject)
    for (const prefix of ['AW:', 'RE :', 'R:', 'Antw:'])
      expect(subjects.some((x) => x.includes(prefix))).toBe(true)
    expect(subjects.some((x) => /\b[A-Z]{2,4}-\d+\b/u.test(x))).toBe(true)
  })
})
