// The fifth held-out set's generators, on a small stub ham list (fast): determinism, complete
// labels, the scenario grid, coverage of every kind × language, family and sender shape, the
// wave and burst shapes, important mail in and around each wave, the quiet inbox, the products'
// languages and echo fields, and company names new to this set.
import { describe, expect, it } from 'vitest'
import { seeded } from '../eval/prng.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { allCompanies as fourthCompanies } from '../eval/fourth/companies.ts'
import { companies as freshCompanies } from '../eval/fresh/companies.ts'
import { allCompanies as thirdCompanies } from '../eval/third/companies.ts'
import { WAVE_BOUNDS } from '../eval/fifth/arrival.ts'
import { DAY, FIFTH_WINDOW, MINUTE } from '../eval/fifth/clock.ts'
import { allCompanies, slugOf } from '../eval/fifth/companies.ts'
import { STEMS } from '../eval/fifth/company-words.ts'
import { BY_FAMILY, FAMILIES, PRODUCTS } from '../eval/fifth/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/fifth/scenarios.ts'
import { KIND_FAMILY } from '../eval/fifth/waves.ts'

function stubHam(): HamMail[] {
  return Array.from({ length: 40 }, (_, i) => ({
    key: `stub/${i}`,
    group: i % 2 ? 'easy-ham-1' : 'hard-ham-1',
    from: `Poster ${i} <poster${i}@lists.example.org>`,
    subject: `[stub-list] Re: thread ${i % 7}`,
    date: Date.UTC(2002, 7, 1 + (i % 20), 8 + (i % 10)),
    listId: i % 3 ? 'stub-list' : null,
    text: `Body of stub mail ${i}`,
  }))
}

const ham = stubHam()
const scenarios = buildScenarios(ham)
const time = (iso: string) => Date.parse(iso)
const labelsOf = (s: Scenario) => [...s.labels.values()]

describe('fifth evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(ham)
    const flat = (list: Scenario[]) =>
      JSON.stringify(list.map((s) => [s.name, s.seed, s.records, [...s.labels]]))
    expect(flat(again)).toBe(flat(scenarios))
  })

  it('labels every record exactly once and uses every label class', () => {
    const classes = new Set<string>()
    for (const s of scenarios) {
      const ids = s.records.map((r) => r.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(s.labels.size).toBe(ids.length)
      for (const id of ids) classes.add(s.labels.get(id)!.label)
      const dates = s.records.map((r) => r.date)
      expect([...dates].sort()).toEqual(dates)
    }
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('has the scenario grid: 40 waves, 7 own bursts, 1 quiet inbox', () => {
    const kinds = scenarios.map((s) => s.kind)
    for (const kind of WAVE_KINDS) expect(kinds.filter((k) => k === kind)).toHaveLength(8)
    expect(kinds.filter((k) => k === 'g-own')).toHaveLength(7)
    expect(kinds.filter((k) => k === 'h-quiet')).toHaveLength(1)
  })

  it('covers every kind × language, its families and every sender shape', () => {
    for (const kind of WAVE_KINDS) {
      const waves = scenarios
        .filter((s) => s.kind === kind)
        .flatMap(labelsOf)
        .filter((l) => l.label === 'wave')
      expect(new Set(waves.map((l) => l.lang))).toEqual(new Set(LANGUAGES))
      const families = kind === 'e-mixed' ? FAMILIES : [KIND_FAMILY[kind]]
      expect(new Set(waves.map((l) => l.family))).toEqual(new Set(families))
      expect(new Set(waves.map((l) => l.sender))).toEqual(new Set(['own', 'hosted', 'display']))
    }
    for (const product of PRODUCTS) {
      const used = scenarios.flatMap(labelsOf).some((l) => l.product === product.product)
      expect(used, product.product).toBe(true)
    }
  })

  it('keeps every wave within its stated bounds, bunched at the start', () => {
    WAVE_KINDS.forEach((_, k) =>
      WAVE_LANGS.forEach((_, l) => {
        const { scenario, shape } = waveScenarioWithShape(ham, k, l)
        const wave = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
        const minutes = (shape.end - shape.start) / MINUTE
        expect(wave).toHaveLength(shape.plan.count)
        expect(shape.plan.count).toBeGreaterThanOrEqual(WAVE_BOUNDS.minMails)
        expect(shape.plan.count).toBeLessThanOrEqual(WAVE_BOUNDS.maxMails)
        expect(shape.companies).toBeGreaterThanOrEqual(20)
        expect(shape.companies).toBeLessThanOrEqual(150)
        expect(minutes).toBeGreaterThanOrEqual(WAVE_BOUNDS.minMinutes)
        expect(minutes).toBeLessThanOrEqual(WAVE_BOUNDS.maxMinutes)
        expect(shape.payloads.length).toBeGreaterThanOrEqual(1)
        expect(shape.payloads.length).toBeLessThanOrEqual(3)
        expect(time(wave[0]!.date)).toBe(shape.start)
        const early = wave.filter(
          (r) => time(r.date) <= shape.start + (shape.end - shape.start) / 4,
        )
        if (shape.plan.shape === 'slow') expect(shape.plan.count / minutes).toBeLessThan(4.6)
        else expect(early.length / wave.length).toBeGreaterThan(0.4)
      }),
    )
    const shapes = WAVE_KINDS.flatMap((_, k) =>
      WAVE_LANGS.map((_, l) => waveScenarioWithShape(ham, k, l).shape.plan.shape),
    )
    expect(new Set(shapes)).toEqual(new Set(['burst', 'two-bursts', 'slow']))
  })

  it('puts 3–6 important mails inside each wave and 2–3 the same day outside it', () => {
    WAVE_KINDS.forEach((_, k) =>
      WAVE_LANGS.forEach((_, l) => {
        const { scenario, shape } = waveScenarioWithShape(ham, k, l)
        const important = scenario.records.filter(
          (r) => scenario.labels.get(r.id)!.label === 'important',
        )
        const inside = important.filter((r) => scenario.labels.get(r.id)!.waveId !== undefined)
        const outside = important.filter((r) => scenario.labels.get(r.id)!.waveId === undefined)
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        expect(outside.length).toBeGreaterThanOrEqual(2)
        expect(outside.length).toBeLessThanOrEqual(3)
        for (const r of inside) {
          expect(time(r.date)).toBeGreaterThanOrEqual(shape.start)
          expect(time(r.date)).toBeLessThanOrEqual(shape.end)
        }
        for (const r of outside) {
          const gap = Math.max(shape.start - time(r.date), time(r.date) - shape.end)
          expect(gap).toBeGreaterThanOrEqual(45 * MINUTE)
          expect(gap).toBeLessThanOrEqual(6 * 60 * MINUTE)
        }
      }),
    )
  })

  it('builds each own burst: 8–12 companies within an hour, answers 1–10 minutes later', () => {
    LANGUAGES.forEach((lang, l) => {
      const { scenario, shape } = ownScenarioWithShape(ham, l)
      expect(shape.companies).toBeGreaterThanOrEqual(8)
      expect(shape.companies).toBeLessThanOrEqual(12)
      expect(shape.sentAt.at(-1)! - shape.sentAt[0]!).toBeLessThanOrEqual(60 * MINUTE)
      for (const d of shape.ackDelays) {
        expect(d).toBeGreaterThanOrEqual(MINUTE)
        expect(d).toBeLessThanOrEqual(10 * MINUTE)
      }
      expect(shape.signupAt - shape.sentAt[0]!).toBeGreaterThanOrEqual(2 * DAY)
      const own = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'own')
      const sent = own.filter((r) => r.folder === 'sent')
      expect(sent).toHaveLength(shape.companies)
      for (const r of sent) expect(r.to).toMatch(/@/u)
      expect(own).toHaveLength(2 * shape.companies + 1)
      expect(new Set(own.map((r) => scenario.labels.get(r.id)!.lang))).toEqual(new Set([lang]))
    })
  })

  it('fills the quiet inbox with redated ham and about 300 everyday mails in the window', () => {
    const quiet = scenarios.find((s) => s.kind === 'h-quiet')!
    const everyday = quiet.records.filter((r) => r.id.includes('-day-'))
    expect(everyday.length).toBeGreaterThanOrEqual(250)
    expect(quiet.records.length).toBe(everyday.length + ham.length)
    const end = FIFTH_WINDOW.start + FIFTH_WINDOW.days * DAY
    for (const r of quiet.records) {
      expect(time(r.date)).toBeGreaterThanOrEqual(FIFTH_WINDOW.start - 10 * MINUTE)
      expect(time(r.date)).toBeLessThan(end + 10 * MINUTE)
      expect(quiet.labels.get(r.id)!.label).toBe('ham')
    }
    const subjects = everyday.map((r) => r.subject).join('\n')
    for (const prefix of ['[ANN]', ' Re: ', ' AW: ', ' SV: ', ' Odp: ', ' Réf : '])
      expect(subjects).toContain(prefix)
    const langs = everyday.map((r) => quiet.labels.get(r.id)!.lang).filter((l) => l !== undefined)
    expect(new Set(langs)).toEqual(new Set(LANGUAGES))
  })

  it('writes every product in seven languages and echoes input where the product does', () => {
    for (const family of FAMILIES) expect(BY_FAMILY[family].length).toBeGreaterThanOrEqual(10)
    for (const product of PRODUCTS) {
      expect(Object.keys(product.texts).sort(), product.product).toEqual([...LANGUAGES].sort())
      for (const lang of LANGUAGES) {
        const text = product.texts[lang]({
          company: 'Testcompany Ltd',
          domain: 'testcompany.example',
          name: 'NAMEFIELD',
          field: 'FIELDTEXT',
          email: 'victim@inbox.example',
          ref: '12345',
          code: '654321',
          token: 'abcdef0123456789abcdef0123456789abcdef01',
        })
        const where = `${product.product} ${lang}`
        expect(text.subject.length, where).toBeGreaterThan(3)
        expect(text.body.length, where).toBeGreaterThan(40)
        if (product.echo === 'subject') expect(text.subject, where).toContain('FIELDTEXT')
        if (product.echo === 'message') expect(text.body, where).toContain('FIELDTEXT')
        if (product.echo === 'name') expect(text.subject + text.body, where).toContain('NAMEFIELD')
      }
    }
  })

  it('uses company names no earlier set uses', () => {
    const earlier = new Set<string>()
    for (const lang of LANGUAGES) {
      for (const c of [...thirdCompanies(lang), ...fourthCompanies(lang)])
        earlier.add(slugOf(c.name))
      for (const c of freshCompanies(seeded(1), lang, 100_000, new Set()))
        earlier.add(slugOf(c.name))
    }
    const mine = LANGUAGES.flatMap((lang) => allCompanies(lang).map((c) => slugOf(c.name)))
    expect(mine.filter((slug) => earlier.has(slug))).toEqual([])
    const stems = LANGUAGES.flatMap((lang) => STEMS[lang].map(slugOf))
    expect(stems.filter((stem) => [...earlier].some((name) => name.startsWith(stem)))).toEqual([])
  })
})
