// The nineteenth held-out set's generator (test/eval/nineteenth): deterministic, fully labelled,
// every kind x language present, wave shapes within the brief, wordings and look-alikes as
// promised, and no company name or product of an earlier set reused. It never runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { STEMS } from '../eval/nineteenth/companies.ts'
import { HAND } from '../eval/nineteenth/inhouse/index.ts'
import { FAMILIES } from '../eval/nineteenth/inhouse/types.ts'
import { PRODUCTS } from '../eval/nineteenth/products/index.ts'
import { buildScenarios, WAVE_LANGS, waveScenarioWithShape } from '../eval/nineteenth/scenarios.ts'
import * as first from '../eval/companies.ts'
import * as fresh from '../eval/fresh/companies.ts'
import * as third from '../eval/third/companies.ts'
import * as fourth from '../eval/fourth/companies.ts'
import * as fifth from '../eval/fifth/companies.ts'
import * as sixth from '../eval/sixth/companies.ts'
import * as seventh from '../eval/seventh/companies.ts'
import * as eighth from '../eval/eighth/companies.ts'
import * as ninth from '../eval/ninth/companies.ts'
import * as tenth from '../eval/tenth/companies.ts'
import * as eleventh from '../eval/eleventh/companies.ts'
import * as twelfth from '../eval/twelfth/companies.ts'
import * as thirteenth from '../eval/thirteenth/companies.ts'
import * as fourteenth from '../eval/fourteenth/companies.ts'
import * as fifteenth from '../eval/fifteenth/companies.ts'
import * as sixteenth from '../eval/sixteenth/companies.ts'
import * as seventeenth from '../eval/seventeenth/companies.ts'
import * as eighteenth from '../eval/eighteenth/companies.ts'
import { earlierNames } from './eval-nineteenth-names.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Lister ${i} <l${i}@lists.example>`,
  subject: `[tools] note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 25), 9 + (i % 8)),
  listId: i % 2 ? 'tools.lists.example' : null,
  text: `text ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Help <h@x.example>',
    subject: 'Ticket 1',
    date: Date.UTC(2024, 1, 1),
    text: 'hi',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'P <p@y.example>',
    subject: 'Re: lunch',
    date: null,
    text: 'ok',
  },
]
const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')

describe('nineteenth evaluation set', () => {
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
      expect(ids.has(r.id)).toBe(false)
      ids.add(r.id)
    }
    for (const { l } of waves) {
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
    }
  })

  it('has every kind x language, own bursts per language and look-alikes in every language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES) {
      expect(
        rows.some((x) => x.s.kind === 'g-own' && x.l.label === 'own' && x.l.lang === lang),
      ).toBe(true)
      const quiet = rows.filter((x) => x.s.kind === 'h-quiet' && x.l.lang === lang)
      expect(new Set(quiet.map((x) => x.l.source)).size).toBeGreaterThanOrEqual(11)
    }
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
        expect(span).toBeLessThanOrEqual(90)
        spans.push(span)
        const inside = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
      }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(60)
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
  })

  it('mixes sender shapes, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.15)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.1)
    expect(share((x) => x.l.source !== 'wording:product')).toBeGreaterThanOrEqual(0.7)
    const inHouse = waves.filter((x) => x.l.source !== 'wording:product')
    expect(inHouse.filter((x) => x.l.source === 'wording:handwritten').length * 2).toBeGreaterThan(
      inHouse.length,
    )
    expect(waves.some((x) => x.l.payload === 'none')).toBe(true)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1])).size).toBeGreaterThanOrEqual(6)
    const { scenario, shape } = waveScenarioWithShape(HAM, 4, WAVE_LANGS.indexOf('multi'))
    const payloadWave = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
    expect(shape.plan.sameSubject).toBe(true)
    expect(payloadWave.every((r) => r.subject.includes(shape.plan.payload.text))).toBe(true)
  })

  it('writes at least 400 look-alikes, in the quiet inbox and inside waves from known and new senders', () => {
    const look = rows.filter(
      (x) => x.l.source?.startsWith('lookalike:') && !x.l.source.includes(':history:'),
    )
    expect(look.length).toBeGreaterThanOrEqual(400)
    for (const where of ['quiet', 'wave-known', 'wave-new'])
      expect(look.filter((x) => x.l.source!.split(':')[1] === where).length).toBeGreaterThan(100)
  })

  it('hand-writes texts per family and language, no two sharing a sentence', () => {
    const seen = new Map<string, string>()
    for (const family of FAMILIES) {
      expect(HAND[family].length).toBeGreaterThanOrEqual(21)
      for (const lang of LANGUAGES) expect(HAND[family].some((w) => w.lang === lang)).toBe(true)
      for (const w of HAND[family])
        for (const sentence of `${w.subject}\n${w.body}`.split(/[.!?\n]+/u).map((t) => t.trim()))
          if (sentence.length > 25) {
            expect(seen.get(sentence), sentence).toBeUndefined()
            seen.set(sentence, family)
          }
    }
  })

  it('reuses no company name of the eighteen earlier sets', () => {
    const modules = [
      first,
      fresh,
      third,
      fourth,
      fifth,
      sixth,
      seventh,
      eighth,
      ninth,
      tenth,
      eleventh,
      twelfth,
      thirteenth,
      fourteenth,
      fifteenth,
      sixteenth,
      seventeenth,
      eighteenth,
    ]
    const words = earlierNames(modules, seeded(191_999))
    expect(words.size).toBeGreaterThan(1_000)
    const clashes = STEMS.flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('nineteenth')
    expect(readmes.length).toBeGreaterThan(10)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
