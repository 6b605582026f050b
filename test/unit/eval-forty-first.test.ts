// The forty-first held-out set's generator (test/eval/forty-first): deterministic, fully
// labelled, every kind x language present, every wave hiding its cover story (every alert kind
// and position across the set), every look-alike class in every language and placement, every
// persona, and no company stem, host, service or product of an earlier set reused. It never runs
// the detector. Scenarios are built once per file (module level).
import { describe, expect, it } from 'vitest'
import * as names from '../eval/forty-first/companies.ts'
import { PRODUCTS } from '../eval/forty-first/products.ts'
import {
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  waveScenario,
} from '../eval/forty-first/scenarios.ts'
import {
  ALERT_KINDS,
  LOOK_CLASSES,
  PERSONA_KINDS,
  POSITIONS,
  SHAPES,
  type FortyFirstLabel,
} from '../eval/forty-first/types.ts'
import { PROVIDER_STEMS } from '../eval/forty-first/companies.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { clashesWith } from './eval-fortieth-earlier.ts'
import { earlierNameWordsToFortieth } from './eval-forty-first-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built = WAVE_KINDS.flatMap((_, k) => WAVE_LANGS.map((_, l) => waveScenario(HAM, k, l)))
const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(HAM, l, p)))
const scenarios: Scenario[] = [...built.map((b) => b.scenario), ...own, quietScenario(HAM, REAL)]
const rows = scenarios.flatMap((s) =>
  s.records.map((r) => ({ s, r, l: s.labels.get(r.id) as FortyFirstLabel })),
)
const waves = rows.filter((x) => x.l.label === 'wave')
const cover = rows.filter((x) => x.l.position !== undefined)
const look = rows.filter((x) => x.l.lookClass !== undefined)
const at = (date: string) => Date.parse(date)
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))
const MINUTE = 60_000

describe('forty-first evaluation set', () => {
  it('is the same on every build', () => {
    // One wave per kind, two personas and the quiet inbox: a full second build doubles the time.
    const pairs = [
      [0, 7],
      [1, 0],
      [2, 3],
      [3, 5],
      [4, 6],
    ] as const
    const again = pairs.map(([k, l]) => waveScenario(HAM, k, l).scenario)
    expect(json(again)).toBe(json(pairs.map(([k, l]) => built[k * 8 + l]!.scenario)))
    expect(json([ownScenario(HAM, 2, 1), ownScenario(HAM, 6, 3)])).toBe(json([own[9]!, own[27]!]))
    expect(json([quietScenario(HAM, REAL)])).toBe(json(scenarios.slice(-1)))
    expect(scenarios.length).toBe(40 + 28 + 1)
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
        'shape',
      ] as const)
        expect(l[key], key).toBeTruthy()
  })

  it('has every kind x language, and multilingual waves', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const b of built.filter((b) => b.plan.lang === 'multi')) {
      const langs = new Set(waves.filter((x) => x.s === b.scenario).map((x) => x.l.lang))
      expect(langs.size).toBeGreaterThanOrEqual(4)
    }
  })

  it('hides one cover story in every wave, placed where its position says', () => {
    for (const b of built) {
      const story = cover.filter((x) => x.s === b.scenario)
      expect(story.length).toBeGreaterThanOrEqual(2)
      expect(story.length).toBeLessThanOrEqual(6)
      expect(new Set(story.map((x) => x.l.source)).size).toBeLessThanOrEqual(3)
      for (const { r, l } of story) {
        const t = at(r.date)
        const inside = t >= b.plan.start && t <= b.end
        expect(l.waveId !== undefined, `${r.id} ${l.position}`).toBe(inside)
        if (l.position === 'before') expect(t).toBeLessThan(b.plan.start)
        if (l.position === 'after') expect(t).toBeGreaterThan(b.end)
        if (l.position === 'first-minute') expect(t - b.plan.start).toBeLessThan(MINUTE)
      }
    }
    for (const kind of ALERT_KINDS)
      expect(
        cover.some((x) => x.l.alert === kind),
        kind,
      ).toBe(true)
    for (const p of POSITIONS)
      expect(cover.filter((x) => x.l.position === p).length, p).toBeGreaterThan(10)
    for (const h of ['with', 'without']) expect(cover.some((x) => x.l.history === h)).toBe(true)
    for (const row of ['domain', 'subdomain', 'display'])
      expect(cover.some((x) => x.l.senderRow === row)).toBe(true)
    for (const x of cover.filter((c) => c.l.senderRow === 'display'))
      expect(x.r.from).not.toContain('@')
  })

  it('gives providers with history earlier mail in the inbox, and none to the others', () => {
    for (const x of cover) {
      const stem = PROVIDER_STEMS.find((s) => x.r.from.toLowerCase().startsWith(s))!
      const before = rows.filter(
        (y) =>
          y.s === x.s &&
          y.l.persona &&
          !y.l.position &&
          y.r.from.toLowerCase().startsWith(stem) &&
          at(y.r.date) < at(x.r.date) - 3 * 86_400_000,
      )
      if (x.l.history === 'with') expect(before.length, x.r.id).toBeGreaterThan(0)
      else expect(before.filter((y) => !y.l.selfSecurity).length, x.r.id).toBe(0)
    }
  })

  it('keeps the waves within the brief’s shapes, payloads and sender rows', () => {
    for (const b of built) {
      const mails = waves.filter((x) => x.s === b.scenario)
      const companies = new Set(mails.map((x) => x.r.from.split(' <')[0])).size
      const hours = (b.end - b.plan.start) / 3_600_000
      if (b.plan.shape === 'drip') expect(hours).toBeGreaterThanOrEqual(5)
      if (b.plan.shape === 'slow') expect(hours).toBeGreaterThanOrEqual(2)
      if (b.plan.shape === 'burst') expect(hours * 60).toBeLessThanOrEqual(31)
      if (b.plan.shape === 'small') expect(companies).toBeLessThanOrEqual(20)
      expect(companies).toBeLessThanOrEqual(150)
    }
    for (const shape of SHAPES)
      expect(
        built.some((b) => b.plan.shape === shape),
        shape,
      ).toBe(true)
    expect(built.filter((b) => b.plan.payload === null).length).toBe(10)
    const kinds = new Set(waves.map((x) => x.l.payload!.split('/')[0]))
    for (const k of [
      'takedown',
      'police',
      'court',
      'crypto',
      'giveaway',
      'fake-access',
      'fake-payment',
      'none',
    ])
      expect(kinds.has(k), k).toBe(true)
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThan(0.18)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.2)
    expect(share((x) => x.l.source === 'wording:product')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThan(0.26)
    expect(share((x) => x.l.sectorMatch === true)).toBeGreaterThan(0.05)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
  })

  it('puts every look-alike class in every language in every placement', () => {
    for (const where of ['quiet', 'wave-known', 'wave-new'])
      for (const lang of LANGUAGES)
        for (const cls of LOOK_CLASSES)
          expect(
            look.some((x) => x.l.placement === where && x.l.lang === lang && x.l.lookClass === cls),
            `${where} ${lang} ${cls}`,
          ).toBe(true)
    expect(look.filter((x) => x.l.placement === 'history').length).toBeGreaterThan(200)
    const sent = rows.filter((x) => x.l.source?.startsWith('lookalike-sent:'))
    expect(sent.every((x) => x.r.folder === 'sent')).toBe(true)
    expect(sent.length).toBe(
      look.filter((x) => x.l.lookClass?.startsWith('ticket')).length -
        look.filter((x) => x.l.lookClass?.startsWith('ticket') && x.l.placement === 'history')
          .length,
    )
  })

  it('gives every persona its own mail and own security mail, inside waves and outside', () => {
    for (const p of PERSONA_KINDS) {
      for (const lang of LANGUAGES)
        expect(
          rows.some(
            (x) =>
              x.s.kind === 'g-own' && x.l.persona === p && x.l.lang === lang && x.l.label === 'own',
          ),
        ).toBe(true)
      const security = rows.filter((x) => x.l.persona === p && x.l.selfSecurity)
      expect(security.every((x) => x.l.label === 'important')).toBe(true)
      expect(security.some((x) => x.l.waveId !== undefined)).toBe(true)
      expect(security.some((x) => x.l.waveId === undefined)).toBe(true)
    }
    const ownInWaves = rows.filter(
      (x) => x.l.label === 'own' && x.l.waveId !== undefined && x.l.persona,
    )
    expect(ownInWaves.length).toBeGreaterThan(20)
    expect(
      rows.some(
        (x) => x.s.kind === 'h-quiet' && x.l.label === 'own' && x.l.persona === 'traveller',
      ),
    ).toBe(true)
  })

  it('reuses no company stem, host, service or product of an earlier set', () => {
    const own = [
      ...names.STEMS,
      ...names.PROVIDER_STEMS,
      ...names.LOOK_STEMS,
      ...names.HOST_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    expect(clashesWith([...earlierNameWordsToFortieth()], own)).toEqual([])
    const stems = [
      ...names.STEMS,
      ...names.PROVIDER_STEMS,
      ...names.LOOK_STEMS,
      ...names.HOST_STEMS,
    ]
    expect(new Set(stems).size).toBe(stems.length)
    expect(stems.filter((n) => stems.some((m) => m !== n && m.startsWith(n)))).toEqual([])
    const readmes = otherSetsReadmes('forty-first')
    expect(readmes.length).toBeGreaterThan(30)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
