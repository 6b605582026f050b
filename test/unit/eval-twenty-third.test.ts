// The twenty-third held-out set's generator (test/eval/twenty-third): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { seeded } from '../eval/prng.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import { HELPDESK_HOSTS, LOOK_STEMS, MAILING_HOSTS, STEMS } from '../eval/twenty-third/companies.ts'
import { LOOK_CLASSES } from '../eval/twenty-third/lookalike.ts'
import { PRODUCTS } from '../eval/twenty-third/products.ts'
import {
  buildScenarios,
  HOURS_WAVES,
  SLOW_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-third/scenarios.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const placement = (source = '') => (source.startsWith('lookalike:') ? source.split(':')[1] : null)

describe('twenty-third evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every mail, with unique ids, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      expect(r.subject.includes('{') || r.body?.includes('{'), r.subject).toBe(false)
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

  it('has every kind x language and own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter(
        (x) => x.s.kind === 'g-own' && x.l.label === 'own' && x.l.lang === lang,
      )
      const sent = own.filter((x) => x.r.folder === 'sent').length
      expect(sent).toBeGreaterThanOrEqual(8)
      expect(sent).toBeLessThanOrEqual(12)
      expect(own.filter((x) => x.l.source === 'own:signup').length).toBe(1)
    }
    expect(rows.filter((x) => x.s.kind === 'h-quiet').length).toBeGreaterThan(60)
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
        expect(span).toBeGreaterThanOrEqual(3)
        if (HOURS_WAVES.includes(shape.plan.waveId)) expect(span).toBeGreaterThan(120)
        else expect(span).toBeLessThanOrEqual(90)
        if (shape.plan.waveId === SLOW_WAVE) {
          expect(shape.companyList.length).toBe(20)
          expect(span).toBeGreaterThanOrEqual(60)
        }
        spans.push(span)
        const important = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(important.length).toBeGreaterThanOrEqual(3)
        expect(important.length).toBeLessThanOrEqual(6)
        for (const r of important) {
          const at = Date.parse(r.date)
          expect(at).toBeGreaterThan(shape.plan.start)
          expect(at).toBeLessThan(shape.end)
        }
        expect(shape.plan.payload.label === 'none').toBe((k * WAVE_LANGS.length + l) % 4 === 3)
      }
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
  })

  it('mixes sender shapes, wording sources and payload disguises as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.18)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.32)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.15)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    expect(disguises.size).toBe(6)
    const pairs = waves.filter((x, i) =>
      waves.some(
        (y, j) =>
          j !== i &&
          y.s === x.s &&
          y.r.from === x.r.from &&
          y.r.subject !== x.r.subject &&
          Math.abs(Date.parse(y.r.date) - Date.parse(x.r.date)) <= 6 * 60_000,
      ),
    )
    expect(pairs.length).toBeGreaterThan(100)
  })

  it('puts every look-alike class in every language and placement, with history and sent mail', () => {
    const look = rows.filter((x) => placement(x.l.source))
    for (const where of ['quiet', 'wave-known', 'wave-new'])
      for (const cls of LOOK_CLASSES)
        for (const lang of LANGUAGES)
          expect(
            look.some((x) => x.l.source === `lookalike:${where}:${cls.name}` && x.l.lang === lang),
            `${where} ${cls.name} ${lang}`,
          ).toBe(true)
    const count = (where: string) => look.filter((x) => placement(x.l.source) === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(220)
    expect(count('wave-known')).toBeGreaterThanOrEqual(190)
    expect(count('wave-new')).toBeGreaterThanOrEqual(180)
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) expect(new Set(cls.texts[lang]).size).toBeGreaterThanOrEqual(3)
    for (const x of look.filter((y) => /autoreply|ticket-reply/u.test(y.l.source!))) {
      const sent = x.s.records.find((r) => r.id === `${x.r.id}-sent`)
      expect(sent?.folder, x.r.id).toBe('sent')
      expect(Date.parse(sent!.date)).toBeLessThan(Date.parse(x.r.date))
    }
    expect(rows.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
    expect(rows.filter((x) => x.l.source === 'living:sent').length).toBe(40)
  })

  it('reuses no company stem or service of any earlier set', () => {
    const words = earlierCompanyWords()
    for (const word of earlierNames([twentieth, twentyFirst, twentySecond], seeded(231_999)))
      words.add(word)
    expect(words.size).toBeGreaterThan(1_000)
    const clashes = [...STEMS, ...LOOK_STEMS].flatMap((stem) =>
      [...words].filter((w) => w.startsWith(stem)).map((w) => `${stem} ~ ${w}`),
    )
    expect(clashes).toEqual([])
    const earlierHosts = [
      ...twentyFirst.HELPDESK_HOSTS,
      ...twentyFirst.MAILING_HOSTS,
      ...twentySecond.HELPDESK_HOSTS,
      ...twentySecond.MAILING_HOSTS,
    ]
    for (const host of [...HELPDESK_HOSTS, ...MAILING_HOSTS]) {
      expect(earlierHosts).not.toContain(host)
      expect(words.has(host.split('.')[0]!)).toBe(false)
    }
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('twenty-third')
    expect(readmes.length).toBeGreaterThan(10)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
