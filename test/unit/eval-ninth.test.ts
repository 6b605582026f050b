// The ninth held-out set's generator (test/eval/ninth): deterministic, every mail labelled, every
// kind and language present, no company from an earlier set, and the wave and burst shapes the
// set promises. It never runs the detector: the set's figures come from `npm run eval:ninth`.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allCompanies } from '../eval/ninth/companies.ts'
import { MINUTE } from '../eval/ninth/clock.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  waveScenarioWithShape,
  WAVE_LANGS,
} from '../eval/ninth/scenarios.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS } from '../eval/types.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@example.org>`,
  subject: `Note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 25), 9 + (i % 9)),
  listId: i % 3 === 0 ? '<list.example.org>' : null,
  text: `Text ${i}`,
}))

const EARLIER = ['fresh', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']
const scenarios = buildScenarios(HAM)
const waves = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)

describe('ninth evaluation set', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(HAM)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
    expect(scenarios.every((s) => s.seed >= 91_000 && s.seed <= 93_000)).toBe(true)
  })

  it('labels every mail, with unique ids, in date order', () => {
    for (const s of scenarios) {
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      expect(s.records.every((r) => s.labels.has(r.id))).toBe(true)
      expect(s.labels.size).toBe(s.records.length)
      const dates = s.records.map((r) => r.date)
      expect([...dates].sort()).toEqual(dates)
    }
  })

  it('has wave mail of every kind in every language, important mail and own mail in every language', () => {
    const seen = new Set<string>()
    for (const s of scenarios)
      for (const label of s.labels.values()) seen.add(`${s.kind} ${label.label} ${label.lang}`)
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) {
        expect(seen, `${kind} wave ${lang}`).toContain(`${kind} wave ${lang}`)
        expect(seen, `${kind} important ${lang}`).toContain(`${kind} important ${lang}`)
      }
    for (const lang of LANGUAGES) expect(seen).toContain(`g-own own ${lang}`)
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('uses no company name of an earlier set', () => {
    const earlier = EARLIER.map((set) =>
      readFileSync(new URL(`../eval/${set}/companies.ts`, import.meta.url), 'utf8').toLowerCase(),
    ).join('\n')
    const clashes = LANGUAGES.flatMap(allCompanies).filter((c) =>
      earlier.includes(c.name.toLowerCase()),
    )
    expect(clashes.map((c) => c.name)).toEqual([])
  })

  it('shapes each wave as promised: size, companies, span, repeats and sender rows', () => {
    for (const { shape } of waves) {
      expect(shape.mails).toBeGreaterThanOrEqual(40)
      expect(shape.mails).toBeLessThanOrEqual(400)
      expect(shape.companies).toBeGreaterThanOrEqual(20)
      expect(shape.companies).toBeLessThanOrEqual(150)
      expect(shape.mails).toBeGreaterThan(shape.companies)
      const span = (shape.end - shape.start) / MINUTE
      expect(span).toBeGreaterThanOrEqual(3)
      expect(span).toBeLessThanOrEqual(90)
    }
    expect(waves.some(({ shape }) => shape.arrival === 'slow')).toBe(true)
    const labels = waves.flatMap(({ shape }) => [...shape.labels.values()])
    const display = labels.filter((l) => l.sender === 'display').length
    expect(display / labels.length).toBeGreaterThanOrEqual(0.1)
    expect(new Set(labels.map((l) => l.payload))).toContain('none')
    expect(labels.filter((l) => l.payload !== 'none').length).toBeGreaterThan(0)
  })

  it('puts 3-6 important mails inside each wave span', () => {
    for (const { scenario, shape } of waves) {
      const inside = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === shape.waveId
      })
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
      for (const r of inside) {
        const at = Date.parse(r.date)
        expect(at).toBeGreaterThanOrEqual(shape.start)
        expect(at).toBeLessThanOrEqual(shape.end + MINUTE)
      }
    }
  })

  it('shapes each burst the person caused: 8-12 sent mails in an hour, each acknowledged within 1-10 minutes', () => {
    LANGUAGES.forEach((_, l) => {
      const { shape } = ownScenarioWithShape(HAM, l)
      const sent = shape.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      const times = sent.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(60 * MINUTE)
      sent.forEach((r, i) => {
        const ack = shape.records.find((a) => a.id === r.id.replace('-sent-', '-ack-'))!
        const delay = Date.parse(ack.date) - Date.parse(r.date)
        expect(delay).toBeGreaterThanOrEqual(MINUTE)
        expect(delay).toBeLessThanOrEqual(10 * MINUTE)
        expect(ack.subject, `ack ${i}`).toContain(r.subject)
      })
    })
  })
})
