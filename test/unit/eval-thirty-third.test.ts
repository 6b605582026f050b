// The thirty-third held-out set's generator (test/eval/thirty-third): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, and no company stem or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { ALL_STEMS } from '../eval/thirty-third/companies.ts'
import { ALL_LANGS, OTHER_LANGS } from '../eval/thirty-third/langs.ts'
import { LOOK_TEXT } from '../eval/thirty-third/look/index.ts'
import { LOOK_CLASSES } from '../eval/thirty-third/look/types.ts'
import { PRODUCTS } from '../eval/thirty-third/products/index.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-third/scenarios.ts'
import { earlierNameWordsToThirtySecond } from './eval-thirty-third-earlier.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const shapes = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)
const parts = (source: string | undefined) => (source ?? '').split(':')

describe('thirty-third evaluation set', () => {
  it('is the same on every build', () => {
    expect(JSON.stringify(buildScenarios(HAM, REAL).map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
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
        expect(l[key]).toBeTruthy()
  })

  it('has every kind x language and own bursts in every language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter((x) => x.s.kind === 'g-own' && x.l.lang === lang)
      const sent = own.filter((x) => x.r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(own.filter((x) => x.l.source === 'own:shop-setup').length).toBeGreaterThanOrEqual(3)
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (const { scenario, shape } of shapes) {
      const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
      expect(members.length).toBeGreaterThanOrEqual(15)
      expect(members.length).toBeLessThanOrEqual(400)
      expect(shape.companyList.length).toBeGreaterThanOrEqual(10)
      expect(shape.companyList.length).toBeLessThanOrEqual(150)
      const span = (shape.end - shape.start) / 60_000
      expect(span).toBeGreaterThanOrEqual(3)
      expect(span).toBeLessThanOrEqual(360)
      spans.push(span)
      const inside = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === shape.plan.waveId
      })
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
    }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(120)
    expect(Math.min(...spans)).toBeLessThanOrEqual(20)
    expect(shapes.filter((x) => x.shape.plan.payload.label === 'none').length).toBe(10)
  })

  it('mixes wording sources, senders, verify-to-submit forms and foreign companies', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.product!.startsWith('verify-to-submit'))).toBeGreaterThanOrEqual(0.25)
    for (const lang of OTHER_LANGS)
      expect(waves.some((x) => x.l.product!.endsWith(`/${lang}`))).toBe(true)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1])).size).toBeGreaterThanOrEqual(7)
  })

  it('writes every look-alike class in every language and placement', () => {
    for (const lang of ALL_LANGS)
      for (const cls of LOOK_CLASSES)
        expect(LOOK_TEXT[lang][cls].length, `${lang} ${cls}`).toBeGreaterThanOrEqual(
          OTHER_LANGS.includes(lang as never) ? 2 : 3,
        )
    const look = rows.filter((x) => parts(x.l.source)[0] === 'lookalike')
    const langOf = (x: (typeof look)[number]) => x.l.lang ?? parts(x.l.source)[3]
    for (const where of ['quiet', 'wave-known', 'wave-new']) {
      const placed = look.filter((x) => parts(x.l.source)[1] === where)
      expect(placed.length, where).toBeGreaterThanOrEqual(where === 'quiet' ? 380 : 190)
      for (const cls of LOOK_CLASSES)
        for (const lang of where === 'quiet' ? ALL_LANGS : LANGUAGES)
          expect(
            placed.some((x) => parts(x.l.source)[2] === cls && langOf(x) === lang),
            `${where} ${cls} ${lang}`,
          ).toBe(true)
    }
    expect(look.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
    expect(rows.some((x) => x.l.source === 'shop:new-order' && x.s.kind === 'h-quiet')).toBe(true)
  })

  it('reuses no company name of an earlier set', () => {
    const words = earlierNameWordsToThirtySecond()
    expect(words.size).toBeGreaterThan(1_000)
    for (const stem of ALL_STEMS) expect('CNOQSU').toContain(stem[0])
    const clashes = ALL_STEMS.flatMap((stem) =>
      [...words].filter((w) => w.startsWith(stem.toLowerCase())).map((w) => `${stem} ~ ${w}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('thirty-third')
    expect(readmes.length).toBeGreaterThan(10)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
