// The twenty-second held-out set's generator (test/eval/twenty-second): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class in
// every language and placement, and no company stem, service or product of an earlier set reused.
// It never runs the detector.
import { describe, expect, it } from 'vitest'
import { otherSetsReadmes } from './eval-readmes.ts'
import { seeded } from '../eval/prng.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as twentieth from '../eval/twentieth/companies.ts'
import * as twentyFirst from '../eval/twenty-first/companies.ts'
import { HELPDESK_HOSTS, MAILING_HOSTS, STEMS } from '../eval/twenty-second/companies.ts'
import { BLOCKS, HAND } from '../eval/twenty-second/inhouse.ts'
import { LOOK_CLASSES } from '../eval/twenty-second/lookalike.ts'
import { DISGUISES } from '../eval/twenty-second/payloads.ts'
import { PRODUCTS } from '../eval/twenty-second/products.ts'
import {
  buildScenarios,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/twenty-second/scenarios.ts'
import { FAMILIES } from '../eval/twenty-second/wording.ts'
import { earlierNames } from './eval-nineteenth-names.ts'
import { earlierCompanyWords, HAM, REAL } from './eval-twentieth-fixtures.ts'

const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
const waves = rows.filter((x) => x.l.label === 'wave')
const at = (date: string) => Date.parse(date)
const MIN = 60_000
const place = (source = '') => (source.startsWith('lookalike:') ? source.split(':')[1] : undefined)

describe('twenty-second evaluation set', () => {
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
      for (const key of ['lang', 'family', 'product', 'waveId', 'sender', 'payload'] as const)
        expect(l[key]).toBeTruthy()
    for (const { l } of waves) expect(l.source).toMatch(/^wording:(product|handwritten|composed)$/u)
    expect(rows.length).toBeGreaterThan(4_000)
  })

  it('has every kind x language and own bursts per language', () => {
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
      const letters = own.filter((x) => x.l.source === 'own:newsletter').length
      expect(letters).toBeGreaterThanOrEqual(2)
      expect(letters).toBeLessThanOrEqual(3)
      for (const s of sent) {
        const answer = own.find((x) => x.r.id === s.r.id.replace('-sent-', '-ack-'))!
        const delay = at(answer.r.date) - at(s.r.date)
        expect(delay).toBeGreaterThanOrEqual(MIN)
        expect(delay).toBeLessThanOrEqual(10 * MIN)
        expect(answer.r.subject).toContain(s.r.subject)
      }
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
        const span = (shape.end - shape.plan.start) / MIN
        expect(span).toBeLessThanOrEqual(shape.plan.arrival === 'hours' ? 240 : 90)
        spans.push(span)
        const inside = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === shape.plan.waveId
        })
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        expect(shape.plan.payload.label === 'none').toBe((k * WAVE_LANGS.length + l) % 4 === 2)
      }
    expect(Math.max(...spans)).toBeGreaterThanOrEqual(120)
    expect(Math.min(...spans)).toBeLessThanOrEqual(15)
    const slow = waveScenarioWithShape(HAM, 3, WAVE_LANGS.indexOf('multi')).shape
    expect(slow.companyList).toHaveLength(20)
    expect(slow.plan.span).toBe(90 * MIN)
    const largest = waveScenarioWithShape(HAM, 4, WAVE_LANGS.indexOf('multi')).shape
    expect(largest.companyList).toHaveLength(150)
  })

  it('mixes sender shapes, wording sources, payloads and follow-ups as promised', () => {
    const share = (f: (x: (typeof waves)[number]) => boolean) =>
      waves.filter(f).length / waves.length
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.18)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.32)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.1)
    expect(share((x) => x.l.source === 'wording:product')).toBeLessThanOrEqual(0.25)
    expect(share((x) => x.l.source === 'wording:handwritten')).toBeGreaterThan(0.25)
    expect(share((x) => x.l.source === 'wording:composed')).toBeGreaterThan(0.25)
    expect(waves.some((x) => x.l.payload === 'none')).toBe(true)
    const disguises = new Set(waves.map((x) => x.l.payload!.split('/')[1]).filter(Boolean))
    for (const d of DISGUISES) expect(disguises.has(d), d).toBe(true)
    const bySender = new Map<string, number[]>()
    for (const x of waves) bySender.set(x.r.from, [...(bySender.get(x.r.from) ?? []), at(x.r.date)])
    const quick = [...bySender.values()].filter((t) =>
      t.some((a, i) => t.some((b, j) => i !== j && Math.abs(a - b) <= 10 * MIN)),
    )
    expect(quick.length).toBeGreaterThan(50)
  })

  it('writes every look-alike class in every language and placement, near the aimed counts', () => {
    const look = rows.filter((x) =>
      ['quiet', 'wave-known', 'wave-new'].includes(place(x.l.source)!),
    )
    for (const cls of LOOK_CLASSES)
      for (const lang of LANGUAGES) {
        expect(new Set(cls.texts[lang]).size, `${cls.id} ${lang}`).toBeGreaterThanOrEqual(3)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            look.some((x) => x.l.source === `lookalike:${where}:${cls.id}` && x.l.lang === lang),
            `${where} ${cls.id} ${lang}`,
          ).toBe(true)
      }
    const count = (where: string) => look.filter((x) => place(x.l.source) === where).length
    expect(count('quiet')).toBeGreaterThanOrEqual(220)
    expect(count('wave-known')).toBeGreaterThanOrEqual(190)
    expect(count('wave-new')).toBeGreaterThanOrEqual(180)
    for (const x of look) {
      const cls = LOOK_CLASSES.find((c) => x.l.source!.endsWith(`:${c.id}`))!
      expect(x.l.label).toBe(cls.label)
    }
  })

  it('puts the earlier mail of known senders and the person’s own sent mail ahead', () => {
    for (const s of scenarios) {
      const known = s.records.filter((r) => place(s.labels.get(r.id)!.source) === 'wave-known')
      for (const r of known) {
        const before = s.records.filter((h) => h.from === r.from && h.id.startsWith(`${r.id}-h`))
        expect(before.length, r.id).toBeGreaterThan(0)
        for (const h of before) expect(at(h.date)).toBeLessThan(at(r.date) - 24 * 60 * MIN)
      }
      for (const r of s.records) {
        const source = s.labels.get(r.id)!.source ?? ''
        if (!/^lookalike:.*:(out-of-office|ticket-reply)$/u.test(source)) continue
        const sent = s.records.find((x) => x.id === `${r.id}-sent`)!
        expect(sent.folder).toBe('sent')
        expect(`${r.subject}\n${r.body}`).toContain(sent.subject)
        expect(at(sent.date)).toBeLessThan(at(r.date))
      }
    }
  })

  it('lets the person live during waves: own codes from new and known services, a colleague', () => {
    for (let i = 0; i < 40; i++) {
      const s = scenarios[i]!
      const sources = new Set(s.records.map((r) => s.labels.get(r.id)!.source))
      expect(sources.has('lookalike:wave-new:code'), s.name).toBe(true)
      expect(sources.has('living:sent') && sources.has('living:colleague')).toBe(true)
    }
    const knownCodes = rows.filter((x) => x.l.source === 'lookalike:wave-known:code')
    expect(knownCodes.length).toBeGreaterThan(10)
    expect(knownCodes.every((x) => x.l.label === 'own')).toBe(true)
    const prior = rows.filter((x) => x.l.source === 'lookalike:history:prior-customer')
    expect(new Set(prior.map((x) => x.s.name)).size).toBeGreaterThanOrEqual(10)
    for (const x of prior) {
      const name = x.r.from.split(' <')[0]!
      expect(x.l.label).toBe('ham')
      expect(
        x.s.records.some((r) => r.from.startsWith(name) && x.s.labels.get(r.id)!.label === 'wave'),
      ).toBe(true)
    }
  })

  it('hand-writes texts per family and language, no two sharing a sentence, and varies phrasing', () => {
    const seen = new Map<string, string>()
    for (const family of FAMILIES) {
      expect(HAND[family].length).toBeGreaterThanOrEqual(21)
      for (const lang of LANGUAGES) expect(HAND[family].some((w) => w.lang === lang)).toBe(true)
      for (const w of HAND[family])
        for (const sentence of `${w.subject}\n${w.body}`.split(/[.!?\n]+/u).map((x) => x.trim()))
          if (sentence.length > 25) {
            expect(seen.get(sentence), sentence).toBeUndefined()
            seen.set(sentence, family)
          }
    }
    for (const lang of ['pt', 'es', 'it', 'nl'] as const)
      expect(BLOCKS[lang].sentence.helpdesk.length).toBeGreaterThanOrEqual(4)
  })

  it('reuses no company stem or service of an earlier set, and no earlier product', () => {
    const words = earlierCompanyWords()
    for (const word of earlierNames([twentieth, twentyFirst], seeded(221_999))) words.add(word)
    expect(words.size).toBeGreaterThan(1_000)
    const clashes = STEMS.flatMap((stem) =>
      [...words].filter((word) => word.startsWith(stem)).map((word) => `${stem} ~ ${word}`),
    )
    expect(clashes).toEqual([])
    const earlierHosts: string[] = [...twentyFirst.HELPDESK_HOSTS, ...twentyFirst.MAILING_HOSTS]
    for (const host of [...HELPDESK_HOSTS, ...MAILING_HOSTS]) {
      expect(earlierHosts).not.toContain(host)
      expect(words.has(host.split('.')[0]!), host).toBe(false)
    }
    const readmes = otherSetsReadmes('twenty-second')
    expect(readmes.length).toBeGreaterThan(15)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
