// The twenty-fourth held-out set's generator (test/eval/twenty-fourth): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { seeded } from '../eval/prng.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import * as twentySecond from '../eval/twenty-second/companies.ts'
import * as twentyThird from '../eval/twenty-third/companies.ts'
import {
  HELPDESK_HOSTS,
  LOOK_STEMS,
  MAILING_HOSTS,
  STEMS,
} from '../eval/twenty-fourth/companies.ts'
import { LOOK_CLASSES } from '../eval/twenty-fourth/lookalike.ts'
import { DISGUISES } from '../eval/twenty-fourth/payloads.ts'
import { FAMILIES, PRODUCTS } from '../eval/twenty-fourth/products.ts'
import { handTexts } from '../eval/twenty-fourth/wording.ts'
import {
  buildScenarios,
  HOURS_WAVES,
  SLOW_WAVE,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-fourth/scenarios.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const at = (date: string) => Date.parse(date)
const PLACES = ['quiet', 'wave-known', 'wave-new'] as const

describe('twenty-fourth evaluation set', () => {
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
  })

  it('has every kind x language, and own bursts in every language', () => {
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
      expect(own.filter((x) => x.l.source === 'g-own:reply').length).toBe(sent.length)
      expect(own.some((x) => x.l.source === 'g-own:signup')).toBe(true)
      expect(own.filter((x) => x.l.source === 'g-own:newsletter').length).toBeGreaterThanOrEqual(2)
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
        expect(members.length).toBeLessThanOrEqual(shape.companyList.length * 8)
        const span = (shape.end - shape.plan.start) / 60_000
        const hours = HOURS_WAVES.some(
          (h) => h.kind === shape.plan.kind && h.lang === shape.plan.lang,
        )
        expect(span).toBeLessThanOrEqual(hours ? 300 : 90)
        if (hours) expect(span).toBeGreaterThan(120)
        else spans.push(span)
        const important = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(important.length).toBeGreaterThanOrEqual(3)
        expect(important.length).toBeLessThanOrEqual(6)
        for (const r of important) {
          expect(at(r.date)).toBeGreaterThanOrEqual(shape.plan.start)
          expect(at(r.date)).toBeLessThanOrEqual(shape.end)
        }
        expect(shape.plan.payload.label === 'none').toBe((k * WAVE_LANGS.length + l) % 4 === 3)
      }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(60)
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
    const slow = waveScenarioWithShape(
      HAM,
      WAVE_KINDS.indexOf(SLOW_WAVE.kind),
      WAVE_LANGS.indexOf(SLOW_WAVE.lang),
    )
    expect(slow.shape.companyList.length).toBe(20)
    expect(slow.shape.plan.spanMinutes).toBe(90)
  })

  it('mixes senders, wordings, subjects and payloads as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.25)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.35)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.1)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.family === 'helpdesk' && x.l.product === 'in-house')).toBeGreaterThan(
      0.4,
    )
    expect(share((x) => x.l.source === 'wording:handwritten')).toBeGreaterThan(0.25)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.25)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1]))).toEqual(
      new Set([...DISGUISES, undefined]),
    )
    const bare = (x: (typeof waves)[number]) => x.r.subject
    expect(waves.some((x) => /^#?\d{6}$|^[A-Z]{3}-\d{5}$/u.test(bare(x)))).toBe(true)
    expect(waves.some((x) => bare(x).startsWith('Re: ') && !bare(x).includes('['))).toBe(true)
    expect(waves.some((x) => !x.r.from.includes('<') && x.r.subject === x.r.from)).toBe(true)
    const trading = waves.filter((x) => {
      const m = /^(.*) <[^@]+@([^>]+)>$/u.exec(x.r.from)
      if (m === null) return false
      const labels = m[2]!.split('.').filter((part) => part.length > 4)
      return !labels.some((part) => m[1]!.toLowerCase().includes(part))
    })
    expect(trading.length).toBeGreaterThan(waves.length * 0.05)
  })

  it('writes every look-alike class in every language and placement, three texts or more each', () => {
    const look = rows.filter((x) => x.l.source?.startsWith('lookalike:'))
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) {
        expect(cls.texts[lang].length, `${cls.id} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const where of PLACES)
          expect(
            look.some((x) => x.l.source === `lookalike:${where}:${cls.id}` && x.l.lang === lang),
            `${where} ${cls.id} ${lang}`,
          ).toBe(true)
      }
    const count = (where: string) => look.filter((x) => x.l.source!.split(':')[1] === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(230)
    expect(count('wave-known')).toBeGreaterThanOrEqual(180)
    expect(count('wave-new')).toBeGreaterThanOrEqual(160)
    expect(look.some((x) => x.l.source === 'lookalike:history:prior-customer')).toBe(true)
  })

  it('gives every look-alike from a known sender that sender’s earlier mail, days before', () => {
    for (const s of scenarios)
      for (const r of s.records) {
        if (s.labels.get(r.id)!.source?.startsWith('lookalike:wave-known:') !== true) continue
        const history = s.records.filter(
          (x) =>
            x.from === r.from &&
            s.labels.get(x.id)!.source?.startsWith('lookalike:history:') === true &&
            at(r.date) - at(x.date) > 2 * 86_400_000,
        )
        expect(history.length, r.id).toBeGreaterThan(0)
      }
  })

  it('puts the person’s own earlier mail before automatic replies and ticket replies', () => {
    for (const s of scenarios)
      for (const r of s.records) {
        const source = s.labels.get(r.id)!.source ?? ''
        if (!/^lookalike:[^:]+:(autoreply|ticket-reply)$/u.test(source)) continue
        const sent = s.records.find((x) => x.id === `${r.id}-sent`)
        expect(sent?.folder, r.id).toBe('sent')
        if (source.endsWith(':autoreply')) expect(r.subject.includes(sent!.subject)).toBe(true)
        else expect(at(r.date) - at(sent!.date)).toBeGreaterThan(86_400_000)
        expect(at(sent!.date)).toBeLessThan(at(r.date))
      }
  })

  it('lets the person live during waves: codes asked for, a colleague thread', () => {
    for (const s of scenarios.filter((x) => x.kind !== 'g-own' && x.kind !== 'h-quiet')) {
      const sources = [...s.labels.values()].map((l) => l.source)
      expect(sources).toContain('live:code-new')
      expect(sources).toContain('live:sent')
      expect(sources).toContain('live:colleague')
    }
    expect(rows.some((x) => x.l.source === 'live:code-known' && x.l.label === 'own')).toBe(true)
    const domain = (from: string) => /@([^>]+)>?$/u.exec(from)?.[1] ?? from
    for (const s of scenarios) {
      const code = s.records.find((r) => s.labels.get(r.id)!.source === 'live:code-new')
      if (!code) continue
      const earlier = s.records.filter(
        (r) => r.date < code.date && domain(r.from) === domain(code.from),
      )
      expect(earlier, s.name).toEqual([])
    }
  })

  it('hand-writes texts per family and language, no two sharing a sentence', () => {
    const seen = new Map<string, string>()
    for (const family of FAMILIES)
      for (const lang of LANGUAGES) {
        const texts = handTexts(family, lang)
        expect(texts.length).toBeGreaterThanOrEqual(family === 'helpdesk' ? 9 : 2)
        for (const w of texts)
          for (const sentence of `${w.subject}\n${w.body}`.split(/[.!?\n]+/u).map((s) => s.trim()))
            if (sentence.length > 25) {
              expect(seen.get(sentence), sentence).toBeUndefined()
              seen.set(sentence, `${family} ${lang}`)
            }
      }
  })

  it('reuses no company name, service or product of an earlier set', () => {
    const words = earlierCompanyWords()
    for (const word of earlierNames(
      [twentieth, twentyFirst, twentySecond, twentyThird],
      seeded(241_999),
    ))
      words.add(word)
    expect(words.size).toBeGreaterThan(1_000)
    const clashes = [...STEMS, ...LOOK_STEMS].flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
    const hosts = new Set<string>(
      [twentyFirst, twentySecond, twentyThird].flatMap((m) => [
        ...m.HELPDESK_HOSTS,
        ...m.MAILING_HOSTS,
      ]),
    )
    for (const host of [...HELPDESK_HOSTS, ...MAILING_HOSTS]) {
      expect(hosts.has(host), host).toBe(false)
      expect(words.has(host.split('.')[0]!), host).toBe(false)
    }
    const readmes = otherSetsReadmes('twenty-fourth')
    expect(readmes.length).toBeGreaterThan(20)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.toLowerCase().includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
