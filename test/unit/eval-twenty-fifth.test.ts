// The twenty-fifth held-out set's generator (test/eval/twenty-fifth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { seeded } from '../eval/prng.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as nineteenth from '../eval/nineteenth/companies.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import * as twentyFourth from '../eval/twenty-fourth/companies.ts'
import { HELPDESK_HOSTS, LOOK_STEMS, MAILING_HOSTS, STEMS } from '../eval/twenty-fifth/companies.ts'
import { LOOK_TEXT } from '../eval/twenty-fifth/look-text/index.ts'
import { LOOK_CLASS_NAMES } from '../eval/twenty-fifth/look-text/types.ts'
import { DISGUISES } from '../eval/twenty-fifth/payloads.ts'
import { FAMILIES, PRODUCTS } from '../eval/twenty-fifth/products.ts'
import {
  buildScenarios,
  HOURS_WAVES,
  LARGEST_WAVE,
  SLOW_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-fifth/scenarios.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const look = rows.filter((x) => x.l.source?.startsWith('lookalike:'))
const placed = (where: string) => look.filter((x) => x.l.source!.split(':')[1] === where)

describe('twenty-fifth evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
    expect(scenarios.every((s) => s.seed >= 251_000 && s.seed <= 253_999)).toBe(true)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      expect(r.subject.includes('{') || r.body?.includes('{'), r.id).toBe(false)
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
        expect(l[key]).toBeTruthy()
  })

  it('has every kind x language, own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter((x) => x.s.kind === 'g-own' && x.l.lang === lang)
      expect(own.filter((x) => x.r.folder === 'sent').length).toBeGreaterThanOrEqual(8)
      expect(own.filter((x) => x.r.folder === 'sent').length).toBeLessThanOrEqual(12)
    }
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
        expect(members.length).toBeGreaterThanOrEqual(40)
        expect(members.length).toBeLessThanOrEqual(400)
        expect(shape.companyList.length).toBeGreaterThanOrEqual(20)
        expect(shape.companyList.length).toBeLessThanOrEqual(150)
        const span = (shape.end - shape.plan.start) / 60_000
        if (HOURS_WAVES.includes(scenario.name)) expect(span).toBeGreaterThan(120)
        else expect(span).toBeLessThanOrEqual(90)
        spans.push(span)
        const important = scenario.records.filter(
          (r) =>
            scenario.labels.get(r.id)!.label === 'important' && scenario.labels.get(r.id)!.waveId,
        )
        expect(important.length).toBeGreaterThanOrEqual(3)
        expect(important.length).toBeLessThanOrEqual(6)
        if (scenario.name === SLOW_WAVE) {
          expect(shape.companyList).toHaveLength(20)
          expect(span).toBeGreaterThanOrEqual(85)
        }
        if (scenario.name === LARGEST_WAVE)
          expect(members.every((r) => r.subject.includes(shape.plan.payload!.text))).toBe(true)
        const own = scenario.records.filter((r) =>
          scenario.labels.get(r.id)!.source?.startsWith('own:'),
        )
        expect(own.length, scenario.name).toBeGreaterThanOrEqual(2)
      }
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
  })

  it('mixes sender shapes, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.18)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.family !== 'helpdesk')).toBeGreaterThanOrEqual(0.5)
    const none = new Set(waves.filter((x) => x.l.payload === 'none').map((x) => x.l.waveId))
    expect(none.size).toBeGreaterThanOrEqual(8)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    expect(disguises.size).toBe(DISGUISES.length)
    expect(rows.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
  })

  it('places every look-alike class in every language and placement', () => {
    expect(placed('quiet').length).toBeGreaterThanOrEqual(230)
    expect(placed('wave-known').length).toBeGreaterThanOrEqual(200)
    expect(placed('wave-new').length).toBeGreaterThanOrEqual(180)
    for (const where of ['quiet', 'wave-known', 'wave-new'])
      for (const lang of LANGUAGES)
        for (const cls of LOOK_CLASS_NAMES)
          expect(
            placed(where).some((x) => x.l.lang === lang && x.l.source!.endsWith(`:${cls}`)),
            `${where} ${lang} ${cls}`,
          ).toBe(true)
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASS_NAMES)
        expect(
          new Set(LOOK_TEXT[lang].texts[cls].map((t) => t.join('|'))).size,
        ).toBeGreaterThanOrEqual(3)
  })

  it('reuses no company stem, look-alike brand or service of an earlier set', () => {
    const words = earlierCompanyWords()
    const later = [nineteenth, twentieth, twentyFirst, twentySecond, twentyThird, twentyFourth]
    for (const word of earlierNames(later, seeded(251_999))) words.add(word)
    expect(words.size).toBeGreaterThan(1_000)
    const mine = [...STEMS, ...LOOK_STEMS]
    const clashes = mine.flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
    const hosts = later.flatMap((m) => [
      ...(('HELPDESK_HOSTS' in m ? m.HELPDESK_HOSTS : []) as readonly string[]),
      ...(('MAILING_HOSTS' in m ? m.MAILING_HOSTS : []) as readonly string[]),
    ])
    for (const host of [...HELPDESK_HOSTS, ...MAILING_HOSTS]) {
      expect(hosts).not.toContain(host)
      expect(words.has(host.split('.')[0]!)).toBe(false)
    }
  })

  it('uses two products per family that no earlier set names', () => {
    for (const family of FAMILIES)
      expect(PRODUCTS.filter((p) => p.family === family)).toHaveLength(2)
    const readmes = otherSetsReadmes('twenty-fifth')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.toLowerCase().includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
