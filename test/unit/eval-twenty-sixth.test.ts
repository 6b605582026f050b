// The twenty-sixth held-out set's generator (test/eval/twenty-sixth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { seeded } from '../eval/prng.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as nineteenth from '../eval/nineteenth/companies.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import * as twentyFourth from '../eval/twenty-fourth/companies.ts'
import * as twentyFifth from '../eval/twenty-fifth/companies.ts'
import { HELPDESK_HOSTS, LOOK_STEMS, MAILING_HOSTS, STEMS } from '../eval/twenty-sixth/companies.ts'
import { LOOK_CLASS_NAMES, LOOK_TEXT } from '../eval/twenty-sixth/look/index.ts'
import { PRODUCTS } from '../eval/twenty-sixth/products.ts'
import {
  buildScenarios,
  HOURS_WAVES,
  SLOW_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-sixth/scenarios.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const MIN = 60_000
const LATER = [twentieth, twentyFirst, twentySecond, twentyThird, twentyFourth, twentyFifth]

describe('twenty-sixth evaluation set', () => {
  it('is the same on every build', () => {
    expect(JSON.stringify(buildScenarios(HAM, REAL).map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
  })

  it('labels every mail, with unique ids, and wave mail fully', () => {
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
        expect(l[key], key).toBeTruthy()
  })

  it('has every kind x language, own bursts per language and a quiet inbox', () => {
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
      const sent = own.filter((x) => x.r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      const span = Date.parse(sent.at(-1)!.r.date) - Date.parse(sent[0]!.r.date)
      expect(span).toBeLessThanOrEqual(60 * MIN)
      for (const x of sent) {
        const answer = own.find((y) => y.r.id === x.r.id.replace('-sent-', '-ack-'))!
        const gap = Date.parse(answer.r.date) - Date.parse(x.r.date)
        expect(gap).toBeGreaterThanOrEqual(MIN)
        expect(gap).toBeLessThanOrEqual(10 * MIN)
        expect(answer.r.subject).toContain(x.r.subject)
      }
    }
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
    expect(rows.filter((x) => x.l.source === 'ordinary').length).toBeGreaterThanOrEqual(55)
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const n = k * WAVE_LANGS.length + l
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
        expect(members.length).toBeGreaterThanOrEqual(40)
        expect(members.length).toBeLessThanOrEqual(400)
        expect(shape.plan.companies.length).toBeGreaterThanOrEqual(20)
        expect(shape.plan.companies.length).toBeLessThanOrEqual(150)
        const span = (shape.end - shape.plan.start) / MIN
        if (HOURS_WAVES.includes(n)) expect(span).toBeGreaterThan(120)
        else expect(span).toBeLessThanOrEqual(90)
        spans.push(span)
        if (n === SLOW_WAVE) {
          expect(shape.plan.companies).toHaveLength(20)
          expect(span).toBeGreaterThan(60)
        }
        expect(shape.plan.payload.label === 'none').toBe(n % 4 === 3)
        const important = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(important.length).toBeGreaterThanOrEqual(3)
        expect(important.length).toBeLessThanOrEqual(6)
      }
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
  })

  it('mixes sender rows, wording sources and payload disguises as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.22)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.36)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:handwritten')).toBeGreaterThan(0.25)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.2)
    for (const family of ['helpdesk', 'verification', 'subscription', 'reset'])
      expect(share((x) => x.l.family === family)).toBeGreaterThan(0.18)
    expect(
      new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean)).size,
    ).toBeGreaterThanOrEqual(6)
    expect(waves.some((x) => x.r.from.includes(' via '))).toBe(true)
    for (const prefix of ['bounce-', 'mail.', 'em.', 'e.', 'send.'])
      expect(
        waves.some((x) => x.r.from.includes(`@${prefix}`)),
        prefix,
      ).toBe(true)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
  })

  it('puts every look-alike class in every language and placement, known senders with history', () => {
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASS_NAMES) {
        expect(LOOK_TEXT[lang].texts[cls].length).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            rows.some((x) => x.l.lang === lang && x.l.source === `lookalike:${where}:${cls}`),
            `${lang} ${where} ${cls}`,
          ).toBe(true)
      }
    const count = (where: string) =>
      rows.filter((x) => x.l.source?.startsWith(`lookalike:${where}:`)).length
    expect(count('quiet')).toBeGreaterThanOrEqual(230)
    expect(count('wave-known')).toBeGreaterThanOrEqual(180)
    expect(count('wave-new')).toBeGreaterThanOrEqual(170)
    for (const x of rows.filter((y) => y.l.source?.startsWith('lookalike:wave-known:'))) {
      const earlier = x.s.records.filter(
        (r) =>
          r.from === x.r.from &&
          r.date < x.r.date &&
          x.s.labels.get(r.id)!.source?.includes(':history:'),
      )
      expect(earlier.length, x.r.id).toBeGreaterThan(0)
    }
    for (const x of rows.filter(
      (y) =>
        /:(autoreply|ticket-reply)$/u.test(y.l.source ?? '') && !y.l.source!.includes(':history:'),
    )) {
      const sent = x.s.records.find((r) => r.id === `${x.r.id}-sent`)!
      expect(sent.folder).toBe('sent')
      expect(sent.date < x.r.date).toBe(true)
      expect(x.r.subject).toContain(sent.subject)
    }
    expect(rows.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
    expect(rows.some((x) => x.l.label === 'own' && x.l.source === 'lookalike:wave-new:code')).toBe(
      true,
    )
  })

  it('reuses no company stem, service or product of an earlier set', () => {
    const words = earlierCompanyWords()
    for (const word of earlierNames(LATER, seeded(261_999))) words.add(word)
    for (const m of [nineteenth, ...LATER])
      for (const [name, value] of Object.entries(m))
        if (Array.isArray(value) && /STEMS|HOSTS/u.test(name))
          for (const v of value as string[]) words.add(String(v).toLowerCase())
    expect(words.size).toBeGreaterThan(1_000)
    const clashes = [...STEMS, ...LOOK_STEMS].flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
    for (const host of [...HELPDESK_HOSTS, ...MAILING_HOSTS])
      expect(words.has(host), host).toBe(false)
    const root = new URL('../eval/', import.meta.url).pathname
    const readmes = readdirSync(root)
      .filter((d) => d !== 'twenty-sixth' && existsSync(`${root}${d}/README.md`))
      .map((d) => readFileSync(`${root}${d}/README.md`, 'utf8').toLowerCase())
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
