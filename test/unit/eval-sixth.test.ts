// The sixth held-out set's generator (test/eval/sixth): determinism, complete labels, coverage of
// every kind × language, the wave and own-burst shapes, and that no company repeats an earlier
// set's. It checks the set only, never the detector's verdicts.
import { describe, expect, it } from 'vitest'
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS } from '../eval/types.ts'
import { allCompanies as fourthCompanies } from '../eval/fourth/companies.ts'
import { allCompanies as fifthCompanies } from '../eval/fifth/companies.ts'
import { companies as freshCompanies } from '../eval/fresh/companies.ts'
import { allCompanies as thirdCompanies } from '../eval/third/companies.ts'
import { allCompanies } from '../eval/sixth/companies.ts'
import { STEMS } from '../eval/sixth/company-words.ts'
import { sixthLabel } from '../eval/sixth/label.ts'
import { SIXTH_LANGS } from '../eval/sixth/langs.ts'
import { PRODUCTS } from '../eval/sixth/products/index.ts'
import {
  WAVE_LANGS,
  buildScenarios,
  ownScenarioWithShape,
  waveScenarioWithShape,
} from '../eval/sixth/scenarios.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `stub/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@list.example>`,
  subject: `Re: topic ${i}`,
  date: Date.UTC(2002, 8, 1 + (i % 20), 10),
  listId: i % 2 ? 'list.example' : null,
  text: `note ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'x.eml',
    source: 'reply',
    from: 'a@b.example',
    subject: 'Re: hi',
    date: null,
    text: 'hi',
  },
]

describe('sixth evaluation set', () => {
  const scenarios = buildScenarios(HAM, REAL)

  it('is the same on every build', () => {
    expect(JSON.stringify(buildScenarios(HAM, REAL).map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every record exactly once, with every class present', () => {
    const classes = new Set<string>()
    for (const s of scenarios) {
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      expect(s.labels.size).toBe(s.records.length)
      for (const r of s.records) classes.add(s.labels.get(r.id)!.label)
    }
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('covers every wave kind in every language, with important mail in each language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of SIXTH_LANGS) {
        const waveMail = scenarios
          .filter((s) => s.kind === kind)
          .flatMap((s) => [...s.labels.values()].map(sixthLabel))
          .filter((l) => l.label === 'wave' && l.language === lang)
        expect(waveMail.length, `${kind} ${lang}`).toBeGreaterThan(0)
      }
    const important = scenarios.flatMap((s) => [...s.labels.values()].map(sixthLabel))
    for (const lang of SIXTH_LANGS)
      expect(important.some((l) => l.label === 'important' && l.language === lang)).toBe(true)
    expect(LANGUAGES.every((l) => SIXTH_LANGS.includes(l))).toBe(true)
  })

  it('shapes waves as the brief says, with every sender shape and one slow wave at least', () => {
    const arrivalsSeen = new Set<string>()
    let display = 0
    let total = 0
    WAVE_KINDS.forEach((_, k) =>
      WAVE_LANGS.forEach((_, l) => {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const wave = [...scenario.labels.values()].filter((x) => x.label === 'wave')
        expect(wave.length).toBeGreaterThanOrEqual(40)
        expect(wave.length).toBeLessThanOrEqual(400)
        expect(shape.companies).toBeGreaterThanOrEqual(20)
        expect(shape.companies).toBeLessThanOrEqual(150)
        const minutes = (shape.end - shape.start) / 60_000
        expect(minutes).toBeGreaterThanOrEqual(3)
        expect(minutes).toBeLessThanOrEqual(90)
        const inside = [...scenario.labels.values()].filter(
          (x) => x.label === 'important' && x.waveId,
        )
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        arrivalsSeen.add(shape.arrival)
        display += wave.filter((x) => x.sender === 'display').length
        total += wave.length
      }),
    )
    expect([...arrivalsSeen].sort()).toEqual(['burst-tail', 'slow', 'two-bursts'])
    expect(display / total).toBeGreaterThanOrEqual(0.1)
    const shapes = new Set(
      scenarios.flatMap((s) => [...s.labels.values()].map((l) => sixthLabel(l).shape)),
    )
    for (const shape of ['own', 'helpdesk', 'esp', 'display'])
      expect(shapes.has(shape as never)).toBe(true)
  })

  it('has waves with payloads and waves with none', () => {
    const payloads = new Set(
      scenarios.flatMap((s) => [...s.labels.values()].map((l) => l.payload).filter(Boolean)),
    )
    expect(payloads.has('none')).toBe(true)
    expect([...payloads].filter((p) => p !== 'none').length).toBeGreaterThan(10)
  })

  it("answers each of the person's 8–12 requests 1–10 minutes later, all labelled own", () => {
    SIXTH_LANGS.forEach((_, l) => {
      const { scenario, shape } = ownScenarioWithShape(HAM, l)
      expect(shape.companies).toBeGreaterThanOrEqual(8)
      expect(shape.companies).toBeLessThanOrEqual(12)
      const at = (id: string) => Date.parse(scenario.records.find((r) => r.id === id)!.date)
      const prefix = `sixth-g-${SIXTH_LANGS[l]}`
      for (let i = 0; i < shape.companies; i++) {
        const gap = (at(`${prefix}-ack-${i}`) - at(`${prefix}-sent-${i}`)) / 60_000
        expect(gap).toBeGreaterThanOrEqual(1)
        expect(gap).toBeLessThanOrEqual(10)
      }
      const sent = scenario.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBe(shape.companies)
      for (const r of scenario.records.filter(
        (r) => r.id.startsWith(prefix) && !r.id.includes('-ham-'),
      ))
        expect(scenario.labels.get(r.id)!.label).toBe('own')
    })
  })

  it('writes every product in every language', () => {
    for (const p of PRODUCTS) expect(Object.keys(p.texts).sort()).toEqual([...SIXTH_LANGS].sort())
  })

  it('repeats no company name of an earlier set', () => {
    const earlier = LANGUAGES.flatMap((lang) => [
      ...freshCompanies(seeded(1), lang, 100_000, new Set()).map((c) => c.name),
      ...thirdCompanies(lang).map((c) => c.name),
      ...fourthCompanies(lang).map((c) => c.name),
      ...fifthCompanies(lang).map((c) => c.name),
    ]).map((n) => n.toLowerCase())
    const taken = STEMS.filter((stem) => earlier.some((n) => n.startsWith(stem.toLowerCase())))
    expect(taken).toEqual([])
    const names = new Set(earlier)
    const mine = SIXTH_LANGS.flatMap((l) => allCompanies(l).map((c) => c.name.toLowerCase()))
    expect(mine.filter((n) => names.has(n))).toEqual([])
  })
})
