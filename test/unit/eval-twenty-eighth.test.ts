// The twenty-eighth held-out set's generator (test/eval/twenty-eighth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import {
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  STEMS,
} from '../eval/twenty-eighth/companies.ts'
import { BRIEF_CLASSES, LOOK_CLASS_NAMES, LOOK_TEXT } from '../eval/twenty-eighth/look/index.ts'
import { DISGUISES, disguise, PAYLOAD_TEXTS } from '../eval/twenty-eighth/payloads.ts'
import { PRODUCTS } from '../eval/twenty-eighth/products/index.ts'
import {
  buildScenarios,
  HOURS_WAVES,
  LARGEST_WAVE,
  SLOW_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-eighth/scenarios.ts'
import { EVENTS, HAND } from '../eval/twenty-eighth/wording/index.ts'
import * as nineteenth from '../eval/nineteenth/companies.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import * as twentyFourth from '../eval/twenty-fourth/companies.ts'
import * as twentyFifth from '../eval/twenty-fifth/companies.ts'
import * as twentySixth from '../eval/twenty-sixth/companies.ts'
import * as twentySeventh from '../eval/twenty-seventh/companies.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'
import { earlierReadmes, earlierWords } from './eval-twenty-eighth-earlier.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const look = rows.filter((x) => x.l.source?.startsWith('lookalike:'))
const whereOf = (x: (typeof rows)[number]) => x.l.source!.split(':')[1]!
const classOf = (x: (typeof rows)[number]) => x.l.source!.split(':')[2]!
const at = (date: string) => Date.parse(date)
const payloadTexts = new Set(
  PAYLOAD_TEXTS.flatMap((p) => DISGUISES.map((d) => disguise(p.text, d))),
)

describe('twenty-eighth evaluation set', () => {
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
    expect(scenarios.length).toBe(48)
    const leaks = rows.filter((x) => /\{[a-z]+\}/u.test(`${x.r.subject}${x.r.body}`))
    expect(leaks.map((x) => x.r.id)).toEqual([])
  })

  it('has every kind x language and an own burst per language', () => {
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
      expect(own.every((x) => x.l.label === 'own')).toBe(true)
      const times = sent.map((x) => at(x.r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(3_600_000)
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
        expect(Math.max(...members.map((r) => at(r.date)))).toBeLessThanOrEqual(shape.end)
        expect(span).toBeLessThanOrEqual(HOURS_WAVES.includes(shape.plan.waveId) ? 360 : 90)
        if (shape.plan.waveId === SLOW_WAVE)
          expect([shape.companyList.length, span]).toEqual([20, 90])
        if (shape.plan.waveId === LARGEST_WAVE) expect(shape.companyList.length).toBe(150)
        spans.push(span)
        const important = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(important.length).toBeGreaterThanOrEqual(3)
        expect(important.length).toBeLessThanOrEqual(6)
        for (const r of important) {
          expect(at(r.date)).toBeGreaterThan(shape.plan.start)
          expect(at(r.date)).toBeLessThan(shape.end)
        }
        expect(shape.submissions.every((n) => n >= 1 && n <= 4)).toBe(true)
      }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(180)
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
  })

  it('mixes sender shapes, wording sources and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean, list = waves) =>
      list.filter(f).length / list.length
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    const noPayload = new Set(waves.filter((x) => x.l.payload === 'none').map((x) => x.l.waveId))
    expect(noPayload.size).toBe(10)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    for (const d of DISGUISES) expect(disguises.has(d), d).toBe(true)
    const carrying = waves.filter((x) => x.l.payload !== 'none' && x.l.waveId !== LARGEST_WAVE)
    // subjects made of the payload alone, wrapped or with a request number
    const bare = (t: string) => t.replace(/^(Re: |\[[^\]]+\] )/u, '').replace(/ #\d+$/u, '')
    const only = share((x) => payloadTexts.has(bare(x.r.subject)), carrying)
    expect(only).toBeGreaterThan(0.15)
    expect(only).toBeLessThan(0.4)
    const { scenario, shape } = waveScenarioWithShape(HAM, 4, WAVE_LANGS.indexOf('multi'))
    const largest = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
    expect(largest.every((r) => r.subject.includes(shape.plan.payload.text))).toBe(true)
  })

  it('writes look-alikes of every class in every language and placement', () => {
    for (const cls of LOOK_CLASS_NAMES)
      for (const lang of LANGUAGES)
        expect(LOOK_TEXT[cls][lang].length).toBeGreaterThanOrEqual(cls === 'own-event' ? 2 : 3)
    for (const cls of BRIEF_CLASSES)
      for (const lang of LANGUAGES)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            look.some((x) => classOf(x) === cls && x.l.lang === lang && whereOf(x) === where),
            `${cls} ${lang} ${where}`,
          ).toBe(true)
    const brief = look.filter((x) => (BRIEF_CLASSES as readonly string[]).includes(classOf(x)))
    expect(brief.filter((x) => whereOf(x) === 'quiet').length).toBeGreaterThanOrEqual(220)
    expect(brief.filter((x) => whereOf(x) === 'wave-known').length).toBeGreaterThanOrEqual(190)
    expect(brief.filter((x) => whereOf(x) === 'wave-new').length).toBeGreaterThanOrEqual(170)
  })

  it('puts the person’s own mail before replies, and known senders’ earlier mail before waves', () => {
    const byId = new Map(rows.map((x) => [x.r.id, x]))
    for (const x of look.filter(
      (y) => ['out-of-office', 'ticket-reply'].includes(classOf(y)) && whereOf(y) !== 'history',
    )) {
      const sent = byId.get(`${x.r.id}-sent`)
      expect(sent?.r.folder, x.r.id).toBe('sent')
      expect(at(sent!.r.date)).toBeLessThan(at(x.r.date))
      expect(`${x.r.subject}\n${x.r.body}`).toContain(sent!.r.subject)
    }
    for (const x of look.filter((y) => whereOf(y) === 'wave-known')) {
      const history = byId.get(`${x.r.id}-history`)
      expect(history?.l.source).toBe(`lookalike:history:${classOf(x)}`)
      expect(at(history!.r.date)).toBeLessThan(at(x.r.date) - 2 * 86_400_000)
    }
    expect(
      rows.filter((x) => x.l.source === 'lookalike:history:prior-customer').length,
    ).toBeGreaterThan(20)
  })

  it('has acknowledgements the person caused, alone, in every language', () => {
    const acks = look.filter((x) => classOf(x) === 'own-ack')
    expect(acks.every((x) => x.l.label === 'own')).toBe(true)
    expect(acks.filter((x) => whereOf(x) === 'quiet').length).toBeGreaterThanOrEqual(60)
    expect(acks.filter((x) => whereOf(x) === 'wave-new').length).toBe(40)
    for (const lang of LANGUAGES) expect(acks.some((x) => x.l.lang === lang)).toBe(true)
    const quiet = acks
      .filter((x) => whereOf(x) === 'quiet')
      .map((x) => at(x.r.date))
      .sort((a, b) => a - b)
    const close = quiet.filter((t, i) => i > 0 && t - quiet[i - 1]! < 10 * 60_000)
    expect(close.length).toBeLessThanOrEqual(2)
  })

  it('shows about 40 % of wave and look-alike rows Outlook-shaped', () => {
    const shown = [...waves, ...look]
    const outlook = shown.filter((x) => !x.r.from.includes('@'))
    expect(outlook.length / shown.length).toBeGreaterThan(0.3)
    expect(outlook.length / shown.length).toBeLessThan(0.5)
    expect(outlook.every((x) => x.r.snippet.length <= 100)).toBe(true)
  })

  it('writes regional and register variants in every language', () => {
    const all = [...Object.values(HAND).flat(), ...EVENTS]
    for (const list of Object.values(HAND))
      for (const lang of LANGUAGES)
        expect(list.filter((x) => x.lang === lang).length).toBeGreaterThanOrEqual(3)
    for (const region of [
      'pt-BR',
      'pt-PT',
      'es-ES',
      'es-MX',
      'es-AR',
      'fr-FR',
      'fr-CA',
      'fr-BE',
      'fr-CH',
      'de-DE',
      'de-AT',
      'de-CH',
      'nl-NL',
      'nl-BE',
      'it-IT',
    ])
      expect(
        all.some((x) => x.region === region),
        region,
      ).toBe(true)
    for (const lang of LANGUAGES)
      for (const formal of [true, false])
        expect(all.some((x) => x.lang === lang && x.formal === formal)).toBe(true)
    expect(
      all.filter((x) => x.region === 'de-CH').some((x) => `${x.subject}${x.body}`.includes('ß')),
    ).toBe(false)
  })

  it('reuses no company stem, brand or service of an earlier set', () => {
    const words = earlierWords([
      ...[nineteenth, twentieth, twentyFirst, twentySecond, twentyThird],
      ...[twentyFourth, twentyFifth, twentySixth, twentySeventh],
    ])
    const mine = [
      ...STEMS,
      ...LOOK_STEMS,
      ...[...HELPDESK_HOSTS, ...MAILING_HOSTS].map((h) => h.split('.')[0]!),
    ]
    const clashes = mine.flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
  })

  it('uses products no earlier set names', () => {
    const readmes = earlierReadmes()
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
