// The twenty-first held-out set's generator (test/eval/twenty-first): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { seeded } from '../eval/prng.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, STEMS } from '../eval/twenty-first/companies.ts'
import { LOOK_CLASSES } from '../eval/twenty-first/lookalike.ts'
import { DISGUISES } from '../eval/twenty-first/payloads.ts'
import { PRODUCTS } from '../eval/twenty-first/products.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-first/scenarios.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const at = (date: string) => Date.parse(date)

describe('twenty-first evaluation set', () => {
  it('is the same on every build and sized as the brief asks', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
    expect(scenarios.length).toBe(48)
    for (const s of scenarios) expect(s.seed >= 211_000 && s.seed <= 213_999, s.name).toBe(true)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
    }
    for (const { l } of waves)
      for (const key of [
        'lang',
        'family',
        'product',
        'waveId',
        'sender',
        'payload',
        'source',
      ] as const)
        expect(l[key], key).toBeTruthy()
  })

  it('has every kind x language and own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = scenarios.find((s) => s.name === `g-own ${lang}`)!
      const sent = own.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(at(sent.at(-1)!.date) - at(sent[0]!.date)).toBeLessThanOrEqual(60 * 60_000)
      for (const s of sent) {
        const reply = own.records.find((r) => r.folder !== 'sent' && r.subject.includes(s.subject))
        expect(reply, s.subject).toBeDefined()
        const gap = (at(reply!.date) - at(s.date)) / 60_000
        expect(gap >= 1 && gap <= 10.5, `${gap}`).toBe(true)
        expect(own.labels.get(reply!.id)!.label).toBe('own')
      }
      const sources = own.records.map((r) => own.labels.get(r.id)!.source)
      expect(sources.filter((x) => x === 'own:signup').length).toBe(1)
      expect(sources.filter((x) => x === 'own:newsletter').length).toBeGreaterThanOrEqual(2)
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    let hours = 0
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
        expect(members.length).toBeGreaterThanOrEqual(40)
        expect(members.length).toBeLessThanOrEqual(400)
        expect(shape.companyList.length).toBeGreaterThanOrEqual(20)
        expect(shape.companyList.length).toBeLessThanOrEqual(150)
        const span = (shape.end - shape.plan.start) / 60_000
        if (span > 90) hours++
        else spans.push(span)
        expect(span).toBeLessThanOrEqual(shape.plan.minutes + 6)
        const perSender = new Map<string, number>()
        for (const m of members) perSender.set(m.from, (perSender.get(m.from) ?? 0) + 1)
        expect(Math.max(...perSender.values())).toBeLessThanOrEqual(5)
        const inside = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        for (const r of inside) expect(at(r.date)).toBeLessThanOrEqual(shape.end)
      }
    expect(hours).toBe(2)
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(60)
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
    const slow = waveScenarioWithShape(HAM, 3, WAVE_LANGS.indexOf('multi')).shape
    expect(slow.companyList.length).toBe(20)
    expect(slow.plan.minutes).toBe(90)
  })

  it('mixes sender shapes, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.3)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const none = new Set(waves.filter((x) => x.l.payload === 'none').map((x) => x.l.waveId))
    expect(none.size).toBe(10)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    for (const d of DISGUISES) expect(disguises.has(d), d).toBe(true)
  })

  it('puts every look-alike class in every language and placement, with three texts or more', () => {
    const look = rows.filter((x) => x.l.source?.startsWith('lookalike:'))
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) {
        expect(new Set(cls.texts[lang]).size, `${cls.key} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            look.some((x) => x.l.source === `lookalike:${where}:${cls.key}` && x.l.lang === lang),
            `${cls.key} ${lang} ${where}`,
          ).toBe(true)
      }
    const count = (where: string) => look.filter((x) => x.l.source!.split(':')[1] === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(220)
    expect(count('wave-known')).toBeGreaterThanOrEqual(180)
    expect(count('wave-new')).toBeGreaterThanOrEqual(170)
    expect(look.filter((x) => x.l.source!.endsWith(':prior-customer')).length).toBeGreaterThan(20)
  })

  it('places the person’s earlier mail before answers to it, and their life during waves', () => {
    for (const s of scenarios)
      for (const r of s.records.filter((x) => x.folder === 'sent' && x.id.includes('-look-'))) {
        const answer = s.records.find((x) => x.id === r.id.slice(0, -'-sent'.length))!
        expect(at(r.date)).toBeLessThan(at(answer.date))
      }
    for (const s of scenarios.filter((x) => x.kind !== 'g-own' && x.kind !== 'h-quiet')) {
      const sources = s.records.map((r) => s.labels.get(r.id)!.source)
      for (const src of ['during-wave:code', 'during-wave:sent', 'during-wave:colleague'])
        expect(sources.includes(src), `${s.name} ${src}`).toBe(true)
    }
  })

  it('reuses no company stem or service name of the twenty earlier sets', () => {
    const words = earlierCompanyWords()
    for (const word of earlierNames([twentieth], seeded(211_999))) words.add(word)
    expect(words.size).toBeGreaterThan(1_000)
    const mine = [...STEMS, ...[...HELPDESK_HOSTS, ...MAILING_HOSTS].map((h) => h.split('.')[0]!)]
    const clashes = mine.flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('twenty-first')
    expect(readmes.length).toBeGreaterThanOrEqual(19)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.vendor.toLowerCase()), p.vendor).toBe(false)
  })
})
