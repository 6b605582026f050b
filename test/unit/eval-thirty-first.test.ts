// The thirty-first held-out set's generator (test/eval/thirty-first): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, and no company stem or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import {
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  PLATFORMS,
  STEMS,
} from '../eval/thirty-first/companies.ts'
import { LOOK_CLASS_NAMES, LOOK_TEXT } from '../eval/thirty-first/look/classes.ts'
import { DISGUISES } from '../eval/thirty-first/payloads.ts'
import { HOURS_WAVE, OVERLAP_WAVE, SLOW_WAVE, SMALL_WAVE } from '../eval/thirty-first/plans.ts'
import { PRODUCTS } from '../eval/thirty-first/products.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-first/scenarios.ts'
import { HAND, IN_HOUSE, STYLES } from '../eval/thirty-first/wording/index.ts'
import { earlierNameWords } from './eval-thirty-first-earlier.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
const is = (w: readonly [number, number], k: number, l: number) => w[0] === k && w[1] === l
const minutes = (dates: readonly string[]) => {
  const d = dates.map((x) => Date.parse(x))
  return (Math.max(...d) - Math.min(...d)) / 60_000
}

describe('thirty-first evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
    expect(rows.length).toBeGreaterThan(6_000)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      expect(Date.parse(r.date)).toBeGreaterThanOrEqual(Date.UTC(2026, 9, 1))
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

  it('has every kind x language, and own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = scenarios.find((s) => s.name === `g-own ${lang}`)!
      const sent = own.records.filter((r) => r.folder === 'sent' && r.id.includes('-ask-'))
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(minutes(sent.map((r) => r.date))).toBeLessThanOrEqual(60)
      for (const r of sent) {
        const answer = own.records.find((a) => a.id === r.id.replace('-ask-', '-ans-'))!
        const gap = (Date.parse(answer.date) - Date.parse(r.date)) / 60_000
        expect(gap).toBeGreaterThanOrEqual(1)
        expect(gap).toBeLessThanOrEqual(10)
        expect(answer.subject).toContain(r.subject)
        expect(own.labels.get(answer.id)!.label).toBe('own')
      }
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (const b of built)
      for (const shape of [b.shape, ...(b.second ? [b.second] : [])]) {
        const id = shape.plan.waveId
        const list = b.scenario.records.filter(
          (r) =>
            b.scenario.labels.get(r.id)!.waveId === id &&
            b.scenario.labels.get(r.id)!.label === 'wave',
        )
        const span = minutes(list.map((r) => r.date))
        spans.push(span)
        const small = is(SMALL_WAVE, b.k, b.l)
        expect(list.length).toBeGreaterThanOrEqual(small ? 10 : 40)
        expect(list.length).toBeLessThanOrEqual(small ? 20 : 400)
        expect(shape.companyList.length).toBeGreaterThanOrEqual(small ? 10 : 20)
        expect(shape.companyList.length).toBeLessThanOrEqual(small ? 15 : 150)
        if (is(HOURS_WAVE, b.k, b.l)) expect(span).toBeGreaterThanOrEqual(150)
        else expect(span).toBeLessThanOrEqual(90)
        if (is(SLOW_WAVE, b.k, b.l)) {
          expect(shape.companyList.length).toBe(20)
          expect(span).toBeGreaterThanOrEqual(80)
        }
        const important = b.scenario.records.filter((r) => {
          const l = b.scenario.labels.get(r.id)!
          return l.label === 'important' && l.waveId === id
        })
        expect(important.length).toBeGreaterThanOrEqual(3)
        expect(important.length).toBeLessThanOrEqual(6)
        const perFrom = new Map<string, number>()
        for (const r of list) perFrom.set(r.from, (perFrom.get(r.from) ?? 0) + 1)
        expect(Math.max(...perFrom.values())).toBeLessThanOrEqual(6)
      }
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
    const overlap = built.find((b) => is(OVERLAP_WAVE, b.k, b.l))!
    expect(overlap.second).toBeDefined()
    expect(overlap.second!.plan.start).toBeLessThan(overlap.shape.end)
  })

  it('mixes forms, sender rows, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.35)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    const ids = [...new Set(waves.map((x) => x.l.waveId!))]
    const checkHeavy = ids.filter((id) => {
      const list = waves.filter((x) => x.l.waveId === id)
      return list.filter((x) => x.l.product === IN_HOUSE.check).length >= 0.3 * list.length
    })
    expect(checkHeavy.length * 3).toBeGreaterThanOrEqual(ids.length)
    for (const lang of LANGUAGES)
      expect(waves.some((x) => x.l.lang === lang && x.l.product === IN_HOUSE.check)).toBe(true)
    const payloadless = ids.filter(
      (id) => waves.find((x) => x.l.waveId === id)!.l.payload === 'none',
    )
    expect(payloadless.length).toBeGreaterThanOrEqual(Math.floor(ids.length / 4) - 1)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    for (const d of DISGUISES) expect(disguises.has(d), d).toBe(true)
    const followed = waves.filter((x) => x.r.id.endsWith('-f'))
    expect(followed.length).toBeGreaterThan(50)
  })

  it('writes every look-alike class in every language and placement, three texts or more each', () => {
    for (const cls of LOOK_CLASS_NAMES)
      for (const lang of LANGUAGES) {
        expect(LOOK_TEXT[cls][lang].length, `${cls} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            rows.some((x) => x.l.lang === lang && x.l.source === `lookalike:${where}:${cls}`),
            `${where} ${cls} ${lang}`,
          ).toBe(true)
      }
    const placed = (where: string) =>
      rows.filter((x) => x.l.source?.startsWith(`lookalike:${where}:`)).length
    expect(placed('quiet')).toBeGreaterThanOrEqual(500)
    expect(placed('wave-known')).toBeGreaterThanOrEqual(300)
    expect(placed('wave-new')).toBeGreaterThanOrEqual(300)
    expect(placed('history')).toBeGreaterThan(placed('wave-known'))
    expect(
      rows.filter((x) => x.l.source === 'lookalike:history:prior-customer').length,
    ).toBeGreaterThan(20)
  })

  it('puts the person’s sent mail before the replies that answer it', () => {
    for (const s of scenarios)
      for (const r of s.records) {
        const source = s.labels.get(r.id)!.source ?? ''
        if (!/:(ooo|ticket-reply)$/u.test(source) || source.includes(':history:')) continue
        const sent = s.records.find((x) => x.id === `${r.id}-sent`)!
        expect(sent.folder).toBe('sent')
        expect(Date.parse(sent.date)).toBeLessThan(Date.parse(r.date))
        if (source.endsWith(':ooo')) expect(r.subject).toContain(sent.subject)
        else expect(r.subject).toMatch(/#|\d{3}/u)
      }
  })

  it('dresses about a third of generated rows as webmail shows them', () => {
    const dressed = waves.filter(
      (x) =>
        x.r.body !== undefined &&
        x.r.body.split('\n')[0]!.length < 80 &&
        /logo|browser|navegador|navigateur|Browser|\[|\||‌/u.test(x.r.body.split('\n')[0]!),
    )
    expect(dressed.length / waves.length).toBeGreaterThan(0.25)
  })

  it('hand-writes texts per style and language, no two sharing a sentence', () => {
    const seen = new Set<string>()
    for (const style of STYLES)
      for (const lang of LANGUAGES) {
        expect(HAND[style][lang].length, `${style} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const text of HAND[style][lang])
          for (const sentence of text.split(/[.!?\n|]+/u).map((t) => t.trim()))
            if (sentence.length > 25) {
              expect(seen.has(sentence), sentence).toBe(false)
              seen.add(sentence)
            }
      }
  })

  it('reuses no company name of the earlier sets and keeps to J, K, V, W, X, Y, Z', () => {
    const words = earlierNameWords()
    expect(words.size).toBeGreaterThan(1_000)
    const ours = [
      ...STEMS,
      ...LOOK_STEMS,
      ...Object.values(PLATFORMS).map((p) => p.name.split(' ')[0]!),
      ...[...HELPDESK_HOSTS, ...MAILING_HOSTS].map((h) => h.split('.')[0]!),
    ].map((s) => s.toLowerCase())
    for (const stem of ours) expect(/^[jkvwxyz]/u.test(stem), stem).toBe(true)
    const clashes = ours.flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    // The thirtieth set was written at the same time, blind to this one: it is no earlier set.
    const readmes = otherSetsReadmes('thirty-first', 'thirtieth')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
