// The thirty-second held-out set's generator (test/eval/thirty-second): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, and no company stem or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import {
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  SERVICES,
  STEMS,
} from '../eval/thirty-second/companies.ts'
import { LOOK_CLASSES, LOOK_TEXT } from '../eval/thirty-second/look/index.ts'
import { OPENERS } from '../eval/thirty-second/look/types.ts'
import { PRODUCTS } from '../eval/thirty-second/products/index.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-second/scenarios.ts'
import { earlierNameWordsToThirtyFirst } from './eval-thirty-second-earlier.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const shapes = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)
const MINUTE = 60_000

describe('thirty-second evaluation set', () => {
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
    expect(rows.length).toBeGreaterThan(6_000)
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
      expect(own.filter((x) => x.l.source === 'own:reply').length).toBe(sent.length)
      expect(own.filter((x) => x.l.source === 'own:gift-order').length).toBeGreaterThanOrEqual(3)
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    const tags = shapes.map(({ shape }) => shape.plan.tags)
    for (const { scenario, shape } of shapes) {
      const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
      const n = shape.companyList.length
      const span = (shape.end - shape.plan.start) / MINUTE
      expect(members.length).toBeGreaterThanOrEqual(15)
      expect(members.length).toBeLessThanOrEqual(400)
      expect(n).toBeGreaterThanOrEqual(10)
      expect(n).toBeLessThanOrEqual(150)
      expect(span).toBeGreaterThanOrEqual(3)
      expect(span).toBeLessThanOrEqual(360)
      const perCompany = new Map<string, number>()
      for (const r of members) perCompany.set(r.from, (perCompany.get(r.from) ?? 0) + 1)
      if (shape.plan.timing === 'slow') {
        expect(n).toBeGreaterThanOrEqual(30)
        expect(n).toBeLessThanOrEqual(80)
        expect(span).toBeGreaterThanOrEqual(120)
      }
      if (shape.plan.timing === 'small') {
        expect(n).toBeLessThanOrEqual(20)
        expect(span).toBeGreaterThanOrEqual(10)
        expect(span).toBeLessThanOrEqual(30)
      }
      if (shape.plan.oneEach) expect(members.length).toBe(n)
      const inside = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === shape.plan.waveId
      })
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
    }
    const count = (tag: string) => tags.filter((t) => t.includes(tag)).length
    expect(count('mixed') * 3).toBeGreaterThanOrEqual(tags.length)
    expect(count('verify-to-submit') * 4).toBeGreaterThanOrEqual(tags.length)
    expect(count('no-payload') * 4).toBe(tags.length)
    for (const tag of ['slow', 'small', 'one-per-company', 'subscription-only', 'reset-only'])
      expect(count(tag), tag).toBeGreaterThanOrEqual(5)
  })

  it('mixes sender rows, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:handwritten')).toBeGreaterThan(0.25)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.2)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1])).size).toBeGreaterThanOrEqual(6)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
  })

  it('puts every look-alike class in every language and placement', () => {
    const look = rows.filter((x) => x.l.source?.startsWith('lookalike:'))
    for (const where of ['quiet', 'wave-known', 'wave-new'])
      for (const cls of LOOK_CLASSES)
        for (const lang of LANGUAGES)
          expect(
            look.some((x) => x.l.source === `lookalike:${where}:${cls.name}` && x.l.lang === lang),
            `${where} ${cls.name} ${lang}`,
          ).toBe(true)
    const count = (where: string) => look.filter((x) => x.l.source!.split(':')[1] === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(280)
    expect(count('wave-known')).toBeGreaterThanOrEqual(180)
    expect(count('wave-new')).toBeGreaterThanOrEqual(180)
    expect(rows.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASSES) {
        const texts = LOOK_TEXT[lang][cls.name]
        expect(new Set(texts.map((t) => t.join('|'))).size).toBeGreaterThanOrEqual(3)
      }
    const all = LANGUAGES.flatMap((lang) => Object.values(LOOK_TEXT[lang]).flat())
    expect(all.filter(([, body]) => OPENERS.test(body)).length * 4).toBeGreaterThan(all.length)
  })

  it('reuses no company stem or service name of the earlier sets', () => {
    const words = earlierNameWordsToThirtyFirst()
    expect(words.size).toBeGreaterThan(1_000)
    const hosts = [...HELPDESK_HOSTS, ...MAILING_HOSTS].map((h) => h.split('.')[0]!)
    const mine = [...STEMS, ...LOOK_STEMS, ...hosts, ...Object.values(SERVICES)]
    for (const stem of mine) expect('BDFGHLMPRT').toContain(stem.charAt(0).toUpperCase())
    const clashes = mine.flatMap((stem) =>
      [...words]
        .filter((word) => word.startsWith(stem.toLowerCase()))
        .map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('thirty-second')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
