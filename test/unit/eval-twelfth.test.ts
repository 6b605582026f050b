// The twelfth held-out set's generator (test/eval/twelfth): determinism, complete labels, every
// kind x language, companies new to all ten earlier sets, and the wave and burst shapes. It never
// scans: the set is measured only by `npm run eval:twelfth`.
import { describe, expect, it } from 'vitest'
import * as eighth from '../eval/eighth/companies.ts'
import * as eleventh from '../eval/eleventh/companies.ts'
import * as fifth from '../eval/fifth/companies.ts'
import * as fourth from '../eval/fourth/companies.ts'
import * as fresh from '../eval/fresh/companies.ts'
import * as ninth from '../eval/ninth/companies.ts'
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import * as seventh from '../eval/seventh/companies.ts'
import * as sixth from '../eval/sixth/companies.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import * as tenth from '../eval/tenth/companies.ts'
import * as third from '../eval/third/companies.ts'
import { MINUTE } from '../eval/twelfth/clock.ts'
import { allCompanies, slugOf } from '../eval/twelfth/companies.ts'
import { FAMILIES } from '../eval/twelfth/product.ts'
import { PRODUCTS } from '../eval/twelfth/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  SLOW,
  waveScenarioWithShape,
  WAVE_LANGS,
} from '../eval/twelfth/scenarios.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'

const HAM: HamMail[] = Array.from({ length: 60 }, (_, i) => ({
  key: `stub/${i}`,
  group: i % 2 === 0 ? 'easy-ham-1' : 'hard-ham-1',
  from: `Person ${i} <p${i}@example.org>`,
  subject: `subject ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 25), i % 24),
  listId: i % 3 === 0 ? '<list.example.org>' : null,
  text: `text ${i}`,
}))

const REAL: RealMail[] = [
  {
    file: 'z/1.eml',
    source: 'helpdesk',
    from: 'Desk <s@x.example>',
    subject: 'Re: a',
    date: Date.UTC(2024, 0, 1),
    text: 'a',
  },
  {
    file: 'z/2.eml',
    source: 'helpdesk',
    from: 'Desk <s@x.example>',
    subject: 'Re: a',
    date: Date.UTC(2024, 0, 2),
    text: 'b',
  },
  {
    file: 't/3.eml',
    source: 'reply',
    from: 'Ann <a@y.example>',
    subject: 'Re: b',
    date: null,
    text: 'c',
  },
]

const scenarios = buildScenarios(HAM, REAL)
const waveLabels = (s: Scenario) => [...s.labels.values()].filter((l) => l.label === 'wave')

describe('twelfth evaluation set', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(HAM, REAL)
    const dump = (list: Scenario[]) => JSON.stringify(list.map((s) => [s.records, [...s.labels]]))
    expect(dump(again)).toBe(dump(scenarios))
  })

  it('labels every mail and only mails, with unique ids and dates in order', () => {
    for (const s of scenarios) {
      const ids = s.records.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...s.labels.keys()].sort()).toEqual([...ids].sort())
      const dates = s.records.map((r) => r.date)
      expect([...dates].sort()).toEqual(dates)
      for (const label of waveLabels(s)) {
        expect(
          label.lang && label.family && label.product && label.waveId && label.sender,
        ).toBeTruthy()
      }
    }
  })

  it('holds a wave for every kind and language, a multilingual wave, a burst per language and a quiet inbox', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of WAVE_LANGS) {
        const s = scenarios.find((x) => x.name === `${kind} ${lang}`)
        expect(s, `${kind} ${lang}`).toBeDefined()
        const langs = new Set(waveLabels(s!).map((l) => l.lang))
        if (lang === 'multi') expect(langs.size).toBeGreaterThanOrEqual(5)
        else expect([...langs]).toEqual([lang])
      }
    for (const lang of LANGUAGES)
      expect(
        [...scenarios.find((x) => x.name === `g-own ${lang}`)!.labels.values()].some(
          (l) => l.label === 'own',
        ),
      ).toBe(true)
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('writes every product in all seven languages, three or more per family, each used', () => {
    const used = new Set(scenarios.flatMap((s) => waveLabels(s).map((l) => l.product)))
    for (const family of FAMILIES)
      expect(PRODUCTS.filter((p) => p.family === family).length).toBeGreaterThanOrEqual(3)
    for (const p of PRODUCTS) {
      expect(Object.keys(p.texts).sort()).toEqual([...LANGUAGES].sort())
      expect(used.has(p.product)).toBe(true)
    }
  })

  it('names no company of the ten earlier sets', () => {
    const earlier = new Set<string>()
    const take = (list: readonly { name: string; slug: string; stem?: string }[]) => {
      for (const c of list)
        for (const v of [c.name, c.slug, c.stem ?? '']) if (v) earlier.add(slugOf(v))
    }
    for (const lang of LANGUAGES) {
      take(fresh.companies(seeded(1), lang, 100_000, new Set()))
      for (const set of [third, fourth, fifth, seventh, eighth, ninth, tenth, eleventh])
        take(set.allCompanies(lang))
      take(sixth.allCompanies(lang as Parameters<typeof sixth.allCompanies>[0]))
    }
    expect(earlier.size).toBeGreaterThan(1_000)
    const clashes = LANGUAGES.flatMap((lang) => allCompanies(lang)).filter((c) =>
      [c.name, c.slug, c.stem].some((v) => earlier.has(slugOf(v))),
    )
    expect(clashes.map((c) => c.name)).toEqual([])
  })
})

describe('twelfth wave and burst shapes', () => {
  it('sends 40-400 mails from 20-150 companies over 3-90 minutes, or 2.5-5 hours when slow', () => {
    let display = 0
    let total = 0
    WAVE_KINDS.forEach((_, k) =>
      WAVE_LANGS.forEach((_, l) => {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        expect(shape.mails).toBeGreaterThanOrEqual(40)
        expect(shape.mails).toBeLessThanOrEqual(400)
        expect(shape.companies).toBeGreaterThanOrEqual(20)
        expect(shape.companies).toBeLessThanOrEqual(150)
        expect(shape.mails).toBeGreaterThan(shape.companies)
        const minutes = (shape.end - shape.start) / MINUTE
        const slow = SLOW.some(([sk, sl]) => sk === k && sl === l)
        expect(minutes).toBeGreaterThanOrEqual(slow ? 150 : 3)
        expect(minutes).toBeLessThanOrEqual(slow ? 300 : 90)
        const inside = [...scenario.labels.values()].filter(
          (x) => x.label === 'important' && x.waveId,
        )
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        const labels = waveLabels(scenario)
        display += labels.filter((x) => x.sender === 'display').length
        total += labels.length
      }),
    )
    expect(display / total).toBeGreaterThanOrEqual(0.1)
  })

  it('varies sender rows and carries payloads in some waves and none in others', () => {
    const labels = scenarios.flatMap(waveLabels)
    expect(new Set(labels.map((l) => l.sender))).toEqual(new Set(['own', 'hosted', 'display']))
    const payloadWaves = new Set(labels.filter((l) => l.payload).map((l) => l.waveId))
    const waves = new Set(labels.map((l) => l.waveId))
    expect(payloadWaves.size).toBeGreaterThanOrEqual(10)
    expect(waves.size - payloadWaves.size).toBeGreaterThanOrEqual(5)
  })

  it('acknowledges 8-12 requests sent within an hour, each 1-10 minutes after it was sent', () => {
    LANGUAGES.forEach((_, l) => {
      const { shape } = ownScenarioWithShape(HAM, l)
      const at = (id: string) => Date.parse(shape.records.find((r) => r.id === id)!.date)
      const sent = shape.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(at(sent.at(-1)!.id) - at(sent[0]!.id)).toBeLessThanOrEqual(60 * MINUTE)
      for (const s of sent) {
        const gap = at(s.id.replace('-sent-', '-ack-')) - at(s.id)
        expect(gap).toBeGreaterThanOrEqual(MINUTE)
        expect(gap).toBeLessThanOrEqual(10 * MINUTE)
      }
      expect([...shape.labels.values()].every((x) => x.label === 'own')).toBe(true)
    })
  })
})
