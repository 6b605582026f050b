// The thirtieth held-out set's generator (test/eval/thirtieth): deterministic, fully labelled,
// every kind x language present, wave shapes within the brief, every look-alike class in every
// language and placement, the person's own bursts in every language, and no company stem,
// service or product of an earlier set reused. It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { BURST_KINDS } from '../eval/thirtieth/bursts/types.ts'
import {
  ATS_HOSTS,
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  STEMS,
} from '../eval/thirtieth/companies.ts'
import { LOOK_TEXT } from '../eval/thirtieth/look/index.ts'
import { ANSWERS, LOOK_CLASSES } from '../eval/thirtieth/look/types.ts'
import {
  HOURS_WAVE,
  LARGEST_WAVE,
  OVERLAP_WAVE,
  SLOW_WAVE,
  SMALL_WAVE,
} from '../eval/thirtieth/plans.ts'
import { PRODUCTS } from '../eval/thirtieth/products.ts'
import { buildScenarios } from '../eval/thirtieth/scenarios.ts'
import { HAND } from '../eval/thirtieth/wording/index.ts'
import { FAMILIES } from '../eval/thirtieth/wording/types.ts'
import * as nineteenth from '../eval/nineteenth/companies.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import * as twentyFourth from '../eval/twenty-fourth/companies.ts'
import * as twentyFifth from '../eval/twenty-fifth/companies.ts'
import * as twentySixth from '../eval/twenty-sixth/companies.ts'
import * as twentySeventh from '../eval/twenty-seventh/companies.ts'
import * as twentyEighth from '../eval/twenty-eighth/companies.ts'
import * as twentyNinth from '../eval/twenty-ninth/companies.ts'
import { earlierWords } from './eval-twenty-eighth-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { built, followsWithinMinutes, members, spanMinutes } from './eval-thirtieth-helpers.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const is = (w: readonly [number, number], k: number, l: number) => w[0] === k && w[1] === l
const at = (x: { r: { date: string } }) => Date.parse(x.r.date)

describe('thirtieth evaluation set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
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

  it('has every kind x language and own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      const own = rows.filter((x) => x.s.name === `g-own ${lang}`)
      const sent = own.filter((x) => x.r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      expect(spanMinutes(sent.map((x) => x.r))).toBeLessThanOrEqual(60)
      expect(own.filter((x) => x.l.source === 'own:newsletter').length).toBeGreaterThanOrEqual(2)
      expect(own.filter((x) => x.l.source === 'own:signup').length).toBe(1)
    }
  })

  it('keeps every wave within the brief’s shapes', () => {
    for (const b of built)
      for (const shape of b.shapes) {
        const list = members(b, shape)
        const span = spanMinutes(list)
        const small = is(SMALL_WAVE, b.k, b.l)
        expect(list.length).toBeGreaterThanOrEqual(small ? 10 : 40)
        expect(list.length).toBeLessThanOrEqual(small ? 20 : 400)
        expect(shape.companyList.length).toBeGreaterThanOrEqual(small ? 10 : 20)
        expect(shape.companyList.length).toBeLessThanOrEqual(small ? 15 : 150)
        if (is(HOURS_WAVE, b.k, b.l)) expect(span).toBeGreaterThanOrEqual(180)
        else {
          expect(span).toBeLessThanOrEqual(90)
          expect(span).toBeGreaterThanOrEqual(3)
        }
        const perCompany = new Map<string, number>()
        for (const r of list) perCompany.set(r.from, (perCompany.get(r.from) ?? 0) + 1)
        expect(Math.max(...perCompany.values())).toBeLessThanOrEqual(5)
        const imp = b.scenario.records.filter((r) => {
          const l = b.scenario.labels.get(r.id)!
          return l.label === 'important' && l.waveId === shape.plan.waveId
        })
        expect(imp.length).toBeGreaterThanOrEqual(3)
        expect(imp.length).toBeLessThanOrEqual(6)
        const first = Math.min(...list.map((r) => Date.parse(r.date)))
        const last = Math.max(...list.map((r) => Date.parse(r.date)))
        for (const r of imp) expect(Date.parse(r.date)).toBeGreaterThan(first)
        for (const r of imp) expect(Date.parse(r.date)).toBeLessThan(last)
      }
    const slow = built.find((b) => is(SLOW_WAVE, b.k, b.l))!
    expect(slow.shape.companyList.length).toBe(20)
    expect(spanMinutes(members(slow))).toBe(90)
    const largest = built.find((b) => is(LARGEST_WAVE, b.k, b.l))!
    expect(members(largest).every((r) => r.subject.includes(largest.shape.plan.payload.text))).toBe(
      true,
    )
    expect(built.find((b) => is(OVERLAP_WAVE, b.k, b.l))!.shapes.length).toBe(2)
    const none = built.filter((b) => b.shape.plan.payload.label === 'none').length
    expect(none).toBeGreaterThanOrEqual(8)
  })

  it('mixes sender rows, wording sources and disguises as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.2)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    expect(disguises.size).toBe(6)
  })

  it('hand-writes five texts per family and language, no two sharing a sentence', () => {
    const seen = new Set<string>()
    for (const family of FAMILIES)
      for (const lang of LANGUAGES) {
        const texts = HAND[family].filter((w) => w.lang === lang)
        expect(texts.length, `${family} ${lang}`).toBeGreaterThanOrEqual(5)
        for (const w of texts)
          for (const t of `${w.subject}\n${w.body}`.split(/[.!?\n]+/u).map((x) => x.trim()))
            if (t.length > 25) {
              expect(seen.has(t), t).toBe(false)
              seen.add(t)
            }
      }
    const twice = built.filter((b) => followsWithinMinutes(b))
    expect(twice.length).toBeGreaterThan(20)
  })

  it('puts every look-alike class in every language and placement, three texts or more each', () => {
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) {
        expect(LOOK_TEXT[cls][lang].length, `${cls} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            rows.some((x) => x.l.lang === lang && x.l.source === `lookalike:${where}:${cls}`),
            `${where} ${cls} ${lang}`,
          ).toBe(true)
      }
    const count = (where: string) =>
      rows.filter((x) => x.l.source?.startsWith(`lookalike:${where}:`)).length
    expect(count('quiet')).toBeGreaterThanOrEqual(200)
    expect(count('wave-known')).toBeGreaterThanOrEqual(180)
    expect(count('wave-new')).toBeGreaterThanOrEqual(160)
    expect(count('history')).toBeGreaterThan(count('wave-known'))
  })

  it('answers only mail the person sent earlier with the same subject', () => {
    const answers = rows.filter(
      (x) => ANSWERS.some((c) => x.l.source?.endsWith(`:${c}`)) && x.r.folder !== 'sent',
    )
    expect(answers.length).toBeGreaterThan(50)
    for (const a of answers) {
      const sent = rows.find((x) => x.r.id === `${a.r.id}-sent`)!
      expect(sent.r.folder).toBe('sent')
      expect(at(sent)).toBeLessThan(at(a))
      expect(a.r.subject.includes(sent.r.subject) || a.r.body!.includes(sent.r.subject)).toBe(true)
    }
  })

  it('writes every burst of the person’s own life in every language, 5-15 mails within an hour', () => {
    for (const kind of BURST_KINDS)
      for (const lang of LANGUAGES) {
        const burst = rows.filter(
          (x) =>
            x.r.id.startsWith(`n30-h-${kind}-${lang}-`) && x.l.source === `lookalike:burst:${kind}`,
        )
        const first = Math.min(...burst.map(at))
        const within = burst.filter((x) => at(x) - first <= 70 * 60_000)
        expect(within.length, `${kind} ${lang}`).toBeGreaterThanOrEqual(kind === 'events' ? 3 : 5)
        expect(within.length).toBeLessThanOrEqual(kind === 'events' ? 10 : 15)
        expect(burst.every((x) => x.r.folder !== 'sent')).toBe(true)
        const want =
          kind === 'sale' || kind === 'trip'
            ? ['important']
            : kind === 'phone'
              ? ['own', 'important']
              : ['own']
        expect(burst.every((x) => want.includes(x.l.label))).toBe(true)
      }
    expect(
      rows.some((x) => x.s.kind !== 'h-quiet' && x.l.source?.startsWith('lookalike:burst:')),
    ).toBe(true)
    expect(
      rows.filter((x) => x.l.source === 'lookalike:history:prior-customer').length,
    ).toBeGreaterThan(100)
  })

  it('reuses no company stem, service or product of an earlier set', () => {
    const words = earlierWords([
      nineteenth,
      twentieth,
      twentyFirst,
      twentySecond,
      twentyThird,
      twentyFourth,
      twentyFifth,
      twentySixth,
      twentySeventh,
      twentyEighth,
      twentyNinth,
    ])
    expect(words.size).toBeGreaterThan(1_000)
    const hosts = [...HELPDESK_HOSTS, ...MAILING_HOSTS, ...ATS_HOSTS].map((h) => h.split('.')[0]!)
    const clashes = [...STEMS, ...LOOK_STEMS, ...hosts].flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
    // The thirty-first set was written at the same time, blind to this one: it is no earlier set.
    const readmes = otherSetsReadmes('thirtieth', 'thirty-first')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
