// The twenty-seventh held-out set's generator (test/eval/twenty-seventh): deterministic, fully
// labelled, every kind x language and look-alike class x language x placement present, wave
// shapes within the brief, nothing of an earlier set reused. It never runs the detector.
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
import * as twentySixth from '../eval/twenty-sixth/companies.ts'
import {
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  STEMS,
} from '../eval/twenty-seventh/companies.ts'
import { LOOK_CLASS_NAMES, LOOK_TEXT } from '../eval/twenty-seventh/look/index.ts'
import { PRODUCTS } from '../eval/twenty-seventh/products/index.ts'
import { DISGUISES } from '../eval/twenty-seventh/payloads.ts'
import {
  buildScenarios,
  HOURS_WAVES,
  LARGEST_WAVE,
  SLOW_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-seventh/scenarios.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { openingShare } from './eval-twenty-seventh-openings.ts'
import { otherReadmes } from './eval-twenty-seventh-readmes.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const at = (date: string) => Date.parse(date)
function between(value: number, low: number, high: number, what = ''): void {
  expect(value, what).toBeGreaterThanOrEqual(low)
  expect(value, what).toBeLessThanOrEqual(high)
}
const domainOf = (from: string) => /<[^>@]+@([^>]+)>/u.exec(from)?.[1] ?? from
const LATER = [
  twentieth,
  twentyFirst,
  twentySecond,
  twentyThird,
  twentyFourth,
  twentyFifth,
  twentySixth,
]

describe('twenty-seventh evaluation set', () => {
  it('is the same on every build and about 9,000-10,000 mails with the stubs', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(scenarios.map((s) => s.records)),
    )
    expect(scenarios.every((s) => s.seed >= 271_000 && s.seed <= 273_999)).toBe(true)
    expect(rows.length).toBeGreaterThan(6_000)
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    const ids = new Set<string>()
    for (const { s, r, l } of rows) {
      expect(l, `${s.name} ${r.id}`).toBeDefined()
      expect(ids.has(r.id), r.id).toBe(false)
      ids.add(r.id)
      expect(r.snippet.length).toBeLessThanOrEqual(200)
      expect(r.snippet).not.toMatch(/\{[a-z]+\}/u)
      expect(r.subject).not.toMatch(/\{[a-z]+\}/u)
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

  it('has every kind x language, own bursts per language and the quiet inbox', () => {
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
      expect(own.filter((x) => x.l.source === 'own:signup')).toHaveLength(1)
      expect(own.filter((x) => x.l.source === 'own:newsletter').length).toBeGreaterThanOrEqual(2)
      for (const s of sent) {
        const reply = own.find(
          (x) => x.l.source === 'own:reply' && x.r.subject.includes(s.r.subject),
        )
        expect(reply, s.r.subject).toBeDefined()
        const gap = (at(reply!.r.date) - at(s.r.date)) / 60_000
        between(gap, 1, 10)
      }
    }
    const quiet = rows.filter((x) => x.s.kind === 'h-quiet')
    expect(quiet.filter((x) => x.l.source?.startsWith('ordinary:')).length).toBe(60)
    expect(quiet.some((x) => x.l.source?.startsWith('real:'))).toBe(true)
  })

  it('keeps every wave within the brief’s shapes', () => {
    const spans: number[] = []
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const id = `${WAVE_KINDS[k]} ${WAVE_LANGS[l]}`
        const members = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
        between(members.length, 40, 400, id)
        between(shape.companyList.length, 20, 150, id)
        const span = (at(members.at(-1)!.date) - at(members[0]!.date)) / 60_000
        const hours = HOURS_WAVES.some((h) => h.kind === WAVE_KINDS[k] && h.lang === WAVE_LANGS[l])
        if (hours) expect(span, id).toBeGreaterThanOrEqual(150)
        between(span, 3, hours ? 360 : 90, id)
        spans.push(span)
        if (SLOW_WAVE.kind === WAVE_KINDS[k] && SLOW_WAVE.lang === WAVE_LANGS[l]) {
          expect(shape.companyList).toHaveLength(20)
          expect(span).toBe(90)
        }
        if (LARGEST_WAVE.kind === WAVE_KINDS[k] && LARGEST_WAVE.lang === WAVE_LANGS[l])
          expect(shape.companyList).toHaveLength(150)
        const inside = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        between(inside.length, 3, 6, id)
        for (const r of inside) {
          expect(at(r.date)).toBeGreaterThan(at(members[0]!.date))
          expect(at(r.date)).toBeLessThan(at(members.at(-1)!.date))
        }
        const perCompany = new Map<string, number>()
        for (const r of members) perCompany.set(r.from, (perCompany.get(r.from) ?? 0) + 1)
        expect(Math.max(...perCompany.values())).toBeLessThanOrEqual(6)
      }
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
  })

  it('mixes sender rows, wording sources, short wordings and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    const display = share((x) => x.l.sender === 'display')
    between(display, 0.18, 0.32)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    const product = share((x) => x.l.source === 'wording:product')
    between(product, 0.08, 0.25)
    expect(share((x) => x.r.subject.trim().split(/\s+/u).length <= 3)).toBeGreaterThanOrEqual(0.25)
    expect(share((x) => /^\d+$/u.test(x.r.subject))).toBeGreaterThan(0.02)
    const full = share((x) => !!x.r.body)
    between(full, 0.25, 0.45)
    const look = rows.filter((x) =>
      /^lookalike:(quiet|wave-\w+):(?!ooo|person|ticket)/u.test(x.l.source ?? ''),
    )
    for (const list of [waves, look]) {
      between(openingShare(list.map((x) => ({ r: x.r, lang: x.l.lang! }))), 0.35, 0.65)
    }
    const used = new Set(waves.map((x) => x.l.product))
    for (const p of PRODUCTS) expect(used.has(p.product), p.product).toBe(true)
    const byWave = new Map<string, string>()
    for (const x of waves) byWave.set(x.l.waveId!, x.l.payload!)
    const none = [...byWave.values()].filter((p) => p === 'none').length
    expect(none).toBe(10)
    const disguises = new Set([...byWave.values()].map((p) => p.split('/')[1]).filter(Boolean))
    expect(disguises.size).toBe(Object.keys(DISGUISES).length)
  })

  it('writes every look-alike class in every language and placement', () => {
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASS_NAMES) {
        expect(LOOK_TEXT[lang].texts[cls].length).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            rows.some((x) => x.l.lang === lang && x.l.source === `lookalike:${where}:${cls}`),
            `${where} ${lang} ${cls}`,
          ).toBe(true)
      }
    const count = (where: string) =>
      rows.filter((x) => x.l.source?.startsWith(`lookalike:${where}:`)).length
    expect(count('quiet')).toBeGreaterThanOrEqual(230)
    expect(count('wave-known')).toBeGreaterThanOrEqual(190)
    expect(count('wave-new')).toBeGreaterThanOrEqual(170)
    expect(count('history')).toBeGreaterThanOrEqual(count('wave-known'))
  })

  it('puts the sent mail, the earlier mail and the access history where they belong', () => {
    for (const s of scenarios) {
      const list = s.records.map((r) => ({ r, l: s.labels.get(r.id)! }))
      for (const { r, l } of list) {
        const source = l.source ?? ''
        if (/^lookalike:.*:(ooo|ticket-reply)$/u.test(source) && !source.includes(':history:')) {
          const sent = list.find((x) => x.r.id === `${r.id}-sent`)
          expect(sent?.r.folder, r.id).toBe('sent')
          if (source.endsWith(':ooo')) expect(r.subject).toContain(sent!.r.subject)
          else {
            expect(`${r.subject} ${r.snippet}`).toContain(sent!.r.subject)
            expect(r.subject).toMatch(/#\d{6,}/u)
          }
          expect(at(sent!.r.date)).toBeLessThan(at(r.date))
        }
        if (source.startsWith('lookalike:wave-known:'))
          expect(
            list.some((x) => x.r.from === r.from && at(x.r.date) < at(r.date) - 86_400_000 * 2),
            r.id,
          ).toBe(true)
        if (source.startsWith('own-access:')) {
          const earlier = list.filter(
            (x) => domainOf(x.r.from) === domainOf(r.from) && at(x.r.date) < at(r.date),
          )
          expect(earlier.length, r.id).toBe(source.endsWith(':new') ? 0 : 1)
        }
      }
    }
    const sources = new Set(rows.map((x) => `${x.s.kind} ${x.l.source}`))
    for (const kind of WAVE_KINDS)
      for (const access of ['prior-mail', 'prior-code', 'new'])
        expect(sources.has(`${kind} own-access:${access}`)).toBe(true)
    const prior = rows.filter((x) => x.l.source === 'lookalike:history:prior-customer')
    expect(prior.length).toBeGreaterThan(30)
  })

  it('reuses no company stem, look-alike brand or service host of the earlier sets', () => {
    const words = new Set([
      ...earlierCompanyWords(),
      ...earlierNames([nineteenth, ...LATER], seeded(271_999)),
    ])
    expect(words.size).toBeGreaterThan(1_000)
    const clashes = [...STEMS, ...LOOK_STEMS].flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
    const hostsOf = (m: object) => Object.entries(m).filter(([k]) => k.endsWith('_HOSTS'))
    const hosts = new Set(LATER.flatMap((m) => hostsOf(m).flatMap(([, v]) => v as string[])))
    expect(hosts.size).toBeGreaterThanOrEqual(12)
    for (const host of [...HELPDESK_HOSTS, ...MAILING_HOSTS])
      expect(hosts.has(host), host).toBe(false)
  })

  it('uses products no earlier set names', () => {
    const readmes = otherReadmes()
    expect(readmes.length).toBeGreaterThan(20)
    expect(PRODUCTS).toHaveLength(8)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
