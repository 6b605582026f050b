// The thirty-ninth held-out set's generator (test/eval/thirty-ninth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every sign-up flow in
// waves and in the person's own sign-ups, every look-alike class in every language and placement,
// every persona, and no company stem, host, service or product of an earlier set reused. It never
// runs the detector. Scenarios are built once per file (module level).
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as names from '../eval/thirty-ninth/companies.ts'
import { FLOWS, SIGNUP_FLOWS } from '../eval/thirty-ninth/flows.ts'
import { LOOK_CLASSES } from '../eval/thirty-ninth/look.ts'
import { PERSONA_KINDS, PERSONAS } from '../eval/thirty-ninth/personas.ts'
import { PRODUCTS } from '../eval/thirty-ninth/products.ts'
import {
  buildScenarios,
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-ninth/scenarios.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { earlierNameWordsToThirtyEighth } from './eval-thirty-ninth-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
const own = LANGUAGES.flatMap((_, l) => PERSONA_KINDS.map((_, p) => ownScenario(HAM, l, p)))
const scenarios: Scenario[] = [...built.map((b) => b.scenario), ...own, quietScenario(HAM, REAL)]
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
type Row = (typeof rows)[number]
const waves = rows.filter((x) => x.l.label === 'wave')
const MIN = 60_000
const source = (x: Row) => x.l.source ?? ''
const share = (f: (x: Row) => boolean) => waves.filter(f).length / waves.length
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))

describe('thirty-ninth evaluation set', () => {
  it('is the same on every build', () => {
    expect(json(buildScenarios(HAM, REAL))).toBe(json(scenarios))
    expect(scenarios.length).toBe(40 + 28 + 1)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    // Plain checks collected in a list: one expect per mail would cost a third of a second.
    const ids = new Set<string>()
    const bad: string[] = []
    for (const { s, r, l } of rows) {
      if (!l || ids.has(r.id)) bad.push(`${s.name} ${r.id}`)
      ids.add(r.id)
      if (/\{\w+\}/u.test(`${r.subject} ${r.body}`)) bad.push(`unfilled ${r.id}`)
      if (l && l.label !== 'wave' && s.kind === 'h-quiet' && l.waveId)
        bad.push(`quiet wave id ${r.id}`)
    }
    const keys = ['lang', 'family', 'product', 'waveId', 'sender', 'payload', 'source'] as const
    for (const { r, l, s } of waves) {
      if (keys.some((key) => !l[key])) bad.push(r.id)
      if (s.kind === 'g-own' || s.kind === 'h-quiet') bad.push(`wave in ${s.name}`)
    }
    expect(bad).toEqual([])
  })

  it('has every kind x language, and every persona in every language', () => {
    const have = new Set(waves.map((x) => `${x.s.kind} ${x.l.lang}`))
    const missing = WAVE_KINDS.flatMap((k) => LANGUAGES.map((l) => `${k} ${l}`)).filter(
      (w) => !have.has(w),
    )
    expect(missing).toEqual([])
    const personas = new Set(
      rows
        .filter((x) => x.s.kind === 'g-own' && x.l.label === 'own')
        .map((x) => `${source(x).split(':')[1]} ${x.l.lang}`),
    )
    expect(personas.size).toBe(PERSONA_KINDS.length * LANGUAGES.length)
    const quietPersona = rows.filter(
      (x) => x.s.kind === 'h-quiet' && source(x).startsWith('persona:teamlead'),
    )
    expect(quietPersona.length).toBeGreaterThan(300)
  })

  it('keeps every wave within the brief’s shapes and holds 4-6 important mails in each', () => {
    for (const { shape, scenario } of built) {
      const firsts = shape.companies.map((c) => c.submissions[0]!)
      const span = (Math.max(...firsts) - Math.min(...firsts)) / MIN
      const n = shape.companies.length
      const s = shape.plan.shape
      if (s === 'burst') expect(span).toBeLessThanOrEqual(25)
      if (s === 'slow') expect(span).toBeGreaterThanOrEqual(60)
      if (s === 'slow' || s === 'tail') expect(span).toBeLessThanOrEqual(360)
      if (s === 'small') expect([n >= 10, n <= 20]).toEqual([true, true])
      if (s === 'large') expect([n >= 100, n <= 150]).toEqual([true, true])
      if (s === 'drip') {
        expect(span).toBeGreaterThanOrEqual(5 * 60)
        expect(span).toBeLessThanOrEqual(12 * 60)
        const gaps = firsts.slice(1).map((t, i) => (t - firsts[i]!) / MIN)
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5)
        expect(Math.max(...gaps)).toBeLessThanOrEqual(20)
      }
      const important = scenario.records.filter((r) => {
        const l = scenario.labels.get(r.id)!
        return l.label === 'important' && l.waveId === shape.plan.waveId
      })
      expect(important.length, scenario.name).toBeGreaterThanOrEqual(4)
      expect(important.length, scenario.name).toBeLessThanOrEqual(6)
    }
    expect(new Set(built.map((b) => b.shape.plan.shape)).size).toBe(6)
    expect(Math.max(...built.map((b) => b.shape.companies.length))).toBe(150)
  })

  it('mixes sender rows, wording sources and payloads as promised', () => {
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThan(0.18)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => source(x).startsWith('wording:product;'))).toBeGreaterThan(0.12)
    expect(share((x) => source(x).startsWith('wording:product;'))).toBeLessThan(0.3)
    const display = waves.filter((x) => x.l.sender === 'display')
    expect(display.every((x) => !x.r.from.includes('@'))).toBe(true)
    const payloads = new Set(waves.map((x) => x.l.payload!.split('/')[0]))
    expect(payloads.size).toBe(7)
    expect(new Set(waves.map((x) => x.l.product)).size).toBe(PRODUCTS.length + 2)
    // A company keeps one wording and one sender row for its whole wave.
    const byCompany = new Map<string, Set<string>>()
    for (const x of waves) {
      const company = /^(.*-c\d+)-s/u.exec(x.r.id)![1]!
      const seen = byCompany.get(company) ?? new Set<string>()
      seen.add(`${x.r.from} ${x.l.product} ${source(x).split(';')[0]}`)
      byCompany.set(company, seen)
    }
    expect([...byCompany.values()].filter((v) => v.size > 1).length).toBe(0)
  })

  it('has every flow in waves and every sign-up flow in own sign-ups, clicked and left, inside and outside', () => {
    const waveFlows = new Set(waves.map((x) => /flow:([\w-]+)/u.exec(source(x))![1]))
    expect(FLOWS.filter((f) => !waveFlows.has(f))).toEqual([])
    const ownRows = rows.filter((x) => x.l.label === 'own')
    for (const where of ['inside', 'outside']) {
      const got = new Set(
        ownRows.filter((x) => source(x).includes(`:${where};`)).map((x) => source(x).split(':')[2]),
      )
      expect(
        SIGNUP_FLOWS.filter((f) => !got.has(f)),
        where,
      ).toEqual([])
    }
    for (const state of ['clicked', 'left'])
      expect(ownRows.some((x) => source(x).includes(`:${state}:`))).toBe(true)
    const steps = new Set(waves.map((x) => source(x).split('step:')[1]))
    for (const step of ['reminder', 'deleted', 'series1', 'series3', 'welcome', 'code', 'magic'])
      expect(steps.has(step), step).toBe(true)
    expect(steps.has('optin-welcome')).toBe(false)
    expect(ownRows.some((x) => source(x).endsWith('step:optin-welcome'))).toBe(true)
    expect(ownRows.some((x) => source(x).endsWith('step:application'))).toBe(true)
  })

  it('places every look-alike class in every language in the quiet inbox and inside waves from known and new senders', () => {
    const have = new Set(
      rows
        .filter((x) => source(x).startsWith('lookalike:'))
        .map((x) => `${source(x).split(':')[1]} ${source(x).split(':')[2]} ${x.l.lang}`),
    )
    const want = ['quiet', 'wave-known', 'wave-new'].flatMap((w) =>
      LOOK_CLASSES.flatMap((c) => LANGUAGES.map((l) => `${w} ${c} ${l}`)),
    )
    expect(want.filter((w) => !have.has(w))).toEqual([])
    expect(rows.some((x) => source(x).startsWith('lookalike:history:'))).toBe(true)
    expect(
      rows
        .filter((x) => source(x).startsWith('lookalike:sent:'))
        .every((x) => x.r.folder === 'sent'),
    ).toBe(true)
  })

  it('reuses no company stem, host or service of an earlier set, and no product an earlier README names', () => {
    const words = [...earlierNameWordsToThirtyEighth()]
    expect(words.length).toBeGreaterThan(10_000)
    const ours = [
      ...names.STEMS,
      ...names.LOOK_STEMS,
      ...names.SERVICE_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    const clashes = ours.filter((stem) =>
      words.some((w) => w.startsWith(stem) || stem.startsWith(w)),
    )
    expect(clashes).toEqual([])
    const services = Object.values(PERSONAS).flatMap((byLang) =>
      Object.values(byLang).flatMap((p) => p.services.map((s) => s.name.toLowerCase())),
    )
    expect(services.filter((s) => !names.SERVICE_STEMS.includes(s))).toEqual([])
    const readmes = otherSetsReadmes('thirty-ninth')
    expect(readmes.length).toBeGreaterThan(30)
    for (const p of PRODUCTS)
      expect(
        readmes.some((t) => t.includes(p.product.toLowerCase())),
        p.product,
      ).toBe(false)
  })
})
