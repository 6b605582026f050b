// The thirty-sixth held-out set's generator (test/eval/thirty-sixth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, the household's five extra languages, the season bursts of
// every kind (inside waves too), and no company stem, host or product of an earlier set reused.
// It never runs the detector. Scenarios are built once per file (module level).
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { BURST_KINDS } from '../eval/thirty-sixth/bursts/types.ts'
import * as names from '../eval/thirty-sixth/companies.ts'
import { EXTRA_CLASSES, EXTRA_LANGS } from '../eval/thirty-sixth/look/extra.ts'
import { LOOK_CLASSES } from '../eval/thirty-sixth/look/types.ts'
import { PRODUCTS } from '../eval/thirty-sixth/products.ts'
import {
  buildScenarios,
  burstKindOf,
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-sixth/scenarios.ts'
import { FAMILIES } from '../eval/thirty-sixth/wording.ts'
import { HAND } from '../eval/thirty-sixth/wordings.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { earlierNameWordsToThirtyFifth } from './eval-thirty-sixth-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
type Row = (typeof rows)[number]
const waves = rows.filter((x) => x.l.label === 'wave')
const MIN = 60_000
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))
const source = (x: Row) => x.l.source ?? ''

describe('thirty-sixth evaluation set', () => {
  it('is the same on every build', () => {
    expect(json(built.map((b) => b.scenario))).toBe(json(scenarios.slice(0, built.length)))
    const again = [...LANGUAGES.map((_, l) => ownScenario(HAM, l)), quietScenario(HAM, REAL)]
    expect(json(again)).toBe(json(scenarios.slice(built.length)))
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
    }
    const keys = ['lang', 'family', 'product', 'waveId', 'sender', 'payload', 'source'] as const
    for (const { l } of waves) for (const key of keys) expect(l[key], key).toBeTruthy()
    expect(scenarios).toHaveLength(48)
  })

  it('has every kind x language, and multilingual waves', () => {
    for (const kind of WAVE_KINDS) {
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
      const multi = waves.filter((x) => x.s.name === `${kind} multi`)
      expect(new Set(multi.map((x) => x.l.lang)).size).toBeGreaterThanOrEqual(4)
    }
  })

  it('keeps every wave within the brief’s shapes, with 4-6 important mails inside', () => {
    const seen = new Set<string>()
    for (const { scenario, wave } of built) {
      const { shape, waveId } = wave.plan
      seen.add(shape)
      const n = wave.companyList.length
      const span = (wave.end - wave.plan.start) / MIN
      if (shape === 'small') expect(n).toBeLessThanOrEqual(20)
      if (shape === 'large') expect(n).toBeGreaterThanOrEqual(100)
      expect(n).toBeGreaterThanOrEqual(10)
      expect(n).toBeLessThanOrEqual(150)
      if (shape === 'burst') expect(span).toBeLessThanOrEqual(27)
      if (shape === 'slow') expect(span).toBeGreaterThanOrEqual(118)
      if (shape === 'tail') expect(span).toBeGreaterThanOrEqual(58)
      expect(span).toBeLessThanOrEqual(362)
      const inside = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === waveId
      })
      expect(inside.length, waveId).toBeGreaterThanOrEqual(4)
      expect(inside.length, waveId).toBeLessThanOrEqual(6)
    }
    expect([...seen].sort()).toEqual(['burst', 'large', 'slow', 'small', 'tail'])
    expect(built.at(-1)!.wave.companyList).toHaveLength(150)
  })

  it('mixes sender rows, wording sources and payloads as promised', () => {
    const share = (f: (x: Row) => boolean) => waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.35)
    expect(
      waves.filter((x) => x.l.sender === 'display').every((x) => !x.r.from.includes('@')),
    ).toBe(true)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.2)
    expect(share((x) => x.l.source === 'wording:product')).toBeGreaterThanOrEqual(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.3)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const wordingOf = new Map<string, string>()
    for (const x of waves) {
      const key = `${x.l.waveId} ${x.r.from}`
      expect(wordingOf.get(key) ?? x.l.product).toBe(x.l.product)
      wordingOf.set(key, x.l.product!)
    }
    for (const b of built) {
      const none = (b.k * WAVE_LANGS.length + b.l) % 4 === 3
      expect(b.wave.plan.payload.label === 'none').toBe(none)
    }
    const payloads = new Set(waves.map((x) => x.l.payload!))
    for (const kind of ['season-cancelled', 'season-refund', 'season-winner', 'season-giftcard']) {
      expect(
        [...payloads].some((p) => p === `${kind}/plain`),
        kind,
      ).toBe(true)
      expect([...payloads].some((p) => p.startsWith(`${kind}/`) && !p.endsWith('/plain'))).toBe(
        true,
      )
    }
  })

  it('echoes the payload in every helpdesk acknowledgement', () => {
    for (const { scenario, wave } of built) {
      if (wave.plan.payload.label === 'none') continue
      for (const r of scenario.records) {
        const label = scenario.labels.get(r.id)!
        if (label.label === 'wave' && label.family === 'helpdesk')
          expect(`${r.subject}\n${r.body}`.includes(wave.plan.payload.text), r.id).toBe(true)
      }
    }
  })

  it('places every look-alike class in every language, in the quiet inbox and inside waves', () => {
    const has = new Set(rows.map((x) => `${source(x)} ${x.l.lang}`))
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASSES)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(has.has(`lookalike:${where}:${cls} ${lang}`), `${where} ${cls} ${lang}`).toBe(true)
    expect(rows.some((x) => source(x).startsWith('lookalike:history:'))).toBe(true)
    const byId = new Map(rows.map((x) => [x.r.id, x]))
    const replies = rows.filter((x) => /^lookalike:(quiet|wave-\w+):ticket-reply$/u.test(source(x)))
    for (const reply of replies) {
      const sent = byId.get(`${reply.r.id}-sent`)!
      expect(sent.r.folder).toBe('sent')
      expect(sent.r.to).toMatch(/@/u)
      expect(sent.r.date < reply.r.date).toBe(true)
      expect(`${reply.r.subject}\n${reply.r.body}`).toContain(sent.r.subject)
      expect(reply.r.subject).toMatch(/#\d{5,6}/u)
    }
  })

  it('holds the household’s five extra languages in the quiet inbox, without a lang label', () => {
    const quiet = rows.filter((x) => x.s.kind === 'h-quiet')
    for (const lang of EXTRA_LANGS)
      for (const cls of EXTRA_CLASSES) {
        const found = quiet.filter((x) => source(x) === `lookalike:${lang}:${cls}`)
        expect(found.length, `${lang} ${cls}`).toBeGreaterThan(0)
        expect(found.every((x) => x.l.lang === undefined)).toBe(true)
      }
  })

  it('writes the season bursts of every kind, in every language, in the quiet inbox and inside waves', () => {
    for (const lang of LANGUAGES)
      for (const kind of BURST_KINDS) {
        const own = rows.filter((x) => x.s.kind === 'g-own' && x.l.lang === lang)
        const mine = own.filter((x) => source(x) === `burst:${kind}:own-day`)
        expect(
          mine.some((x) => x.l.label === 'own'),
          `${kind} ${lang}`,
        ).toBe(true)
        expect(
          mine.some((x) => x.l.label === 'important'),
          `${kind} ${lang}`,
        ).toBe(true)
      }
    for (const kind of ['coupon', 'checkout', 'travel'])
      expect(rows.some((x) => x.s.kind === 'h-quiet' && source(x) === `burst:${kind}:quiet`)).toBe(
        true,
      )
    for (const kind of BURST_KINDS) {
      const inside = rows.filter((x) => source(x) === `burst:${kind}:inside`)
      expect(inside.length, kind).toBeGreaterThan(0)
      expect(inside.every((x) => x.l.label === 'ham' || x.l.waveId !== undefined)).toBe(true)
    }
    const withBurst = built.filter((b) => burstKindOf(b.k, b.l) !== null)
    expect(withBurst.length).toBeGreaterThanOrEqual(8)
    expect(new Set(withBurst.map((b) => b.wave.plan.person.lang)).size).toBe(LANGUAGES.length)
  })

  it('answers the person’s own support mail with its subject in a wrapper', () => {
    const sent = rows.filter((x) => x.r.folder === 'sent' && source(x).startsWith('burst:'))
    expect(sent.length).toBeGreaterThanOrEqual(7)
    for (const s of sent) {
      expect(s.l.label).toBe('own')
      expect(s.r.to).toMatch(/^support@/u)
      const ack = rows.find(
        (x) => x.s === s.s && x.r.folder !== 'sent' && x.r.subject.includes(s.r.subject),
      )
      expect(ack, s.r.subject).toBeDefined()
      expect(ack!.l.label).toBe('own')
    }
  })

  it('hand-writes texts per family and language, no two sharing a sentence', () => {
    const seen = new Map<string, string>()
    for (const family of FAMILIES)
      for (const lang of LANGUAGES) {
        expect(HAND[family][lang].length).toBeGreaterThanOrEqual(2)
        for (const text of HAND[family][lang])
          for (const sentence of text.split(/[.!?\n]+/u).map((t) => t.trim()))
            if (sentence.length > 25) {
              expect(seen.get(sentence), sentence).toBeUndefined()
              seen.set(sentence, family)
            }
      }
  })

  it('reuses no company stem, host or service name of an earlier set', () => {
    const words = [...earlierNameWordsToThirtyFifth()]
    expect(words.length).toBeGreaterThan(10_000)
    const own = [
      ...names.STEMS,
      ...names.LOOK_STEMS,
      ...names.HOST_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    expect(new Set(own).size).toBe(own.length)
    const clashes = own.flatMap((name) =>
      words
        .filter((word) => word.startsWith(name) || name.startsWith(word))
        .map((word) => `${name} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = otherSetsReadmes('thirty-sixth')
    expect(readmes.length).toBeGreaterThan(30)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
