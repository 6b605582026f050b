// The fourteenth held-out set's generator (test/eval/fourteenth/): deterministic, fully
// labelled, every kind x language present, companies and products new to every earlier set, and
// the wave and burst shapes the set promises. It checks the set, never the detector's results.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STEMS } from '../eval/fourteenth/companies.ts'
import { inHouseDealer, WRITTEN } from '../eval/fourteenth/inhouse/index.ts'
import { payloadPlan } from '../eval/fourteenth/payload-plan.ts'
import { PRODUCTS } from '../eval/fourteenth/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/fourteenth/scenarios.ts'
import { FAMILIES } from '../eval/fourteenth/wording.ts'
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@example.org>`,
  subject: `Re: thread ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), 9 + (i % 10)),
  listId: i % 2 ? 'list.example.org' : null,
  text: `text ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Help <h@x.test>',
    subject: 'Ticket',
    date: null,
    text: 'body',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'Ann <a@y.test>',
    subject: 'Re: hi',
    date: Date.UTC(2020, 1, 1),
    text: 'ok',
  },
]
const EARLIER = [
  '',
  'fresh/',
  'third/',
  'fourth/',
  'fifth/',
  'sixth/',
  'seventh/',
  'eighth/',
  'ninth/',
  'tenth/',
  'eleventh/',
  'twelfth/',
  'thirteenth/',
]
const read = (path: string) => readFileSync(new URL(`../eval/${path}`, import.meta.url), 'utf8')
const waveRecords = (s: Scenario) => s.records.filter((r) => s.labels.get(r.id)?.label === 'wave')
const all = buildScenarios(HAM, REAL)
const waves = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)

describe('fourteenth held-out set', () => {
  it('is the same on every build', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => [s.records, [...s.labels]]))).toBe(
      JSON.stringify(all.map((s) => [s.records, [...s.labels]])),
    )
  })

  it('labels every mail, wave mails with language, family, product, sender and payload', () => {
    for (const s of all) {
      expect(s.labels.size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        if (label!.label !== 'wave') continue
        for (const key of ['lang', 'family', 'product', 'waveId', 'sender', 'payload'] as const)
          expect(label![key], `${r.id} ${key}`).toBeDefined()
      }
    }
  })

  it('holds every wave kind in every language, an own burst per language and a quiet inbox', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES)
        expect(
          all.some(
            (s) => s.kind === kind && waveRecords(s).some((r) => s.labels.get(r.id)!.lang === lang),
          ),
          `${kind} ${lang}`,
        ).toBe(true)
    for (const lang of LANGUAGES)
      expect(
        all.some(
          (s) =>
            s.kind === 'g-own' &&
            [...s.labels.values()].some((l) => l.label === 'own' && l.lang === lang),
        ),
      ).toBe(true)
    expect(all.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('uses no company stem of the thirteen earlier sets', () => {
    const texts = EARLIER.map((dir) => read(`${dir}companies.ts`).toLowerCase())
    expect(STEMS.filter((stem) => texts.some((t) => t.includes(stem.toLowerCase())))).toEqual([])
  })

  it('uses no product named in an earlier README, at most two per family', () => {
    const texts = EARLIER.slice(1).map((dir) => read(`${dir}README.md`).toLowerCase())
    expect(PRODUCTS.filter((p) => texts.some((t) => t.includes(p.product.toLowerCase())))).toEqual(
      [],
    )
    for (const family of FAMILIES)
      expect(PRODUCTS.filter((p) => p.family === family).length).toBeLessThanOrEqual(2)
  })

  it('has at least 40 hand-written in-house texts per family and never repeats a wording within a wave', () => {
    for (const family of FAMILIES)
      expect(LANGUAGES.reduce((n, l) => n + WRITTEN[l][family].length, 0)).toBeGreaterThanOrEqual(
        40,
      )
    const deal = inHouseDealer(seeded(141_999))
    const keys = Array.from({ length: 150 }, () => deal('reset', 'it').key)
    expect(new Set(keys).size).toBe(150)
  })

  it('shapes each wave: 20-150 companies, 40-400 mails, 3-90 minutes, important mail inside', () => {
    for (const { scenario, shape } of waves) {
      const mails = waveRecords(scenario)
      expect(shape.companies).toBeGreaterThanOrEqual(20)
      expect(shape.companies).toBeLessThanOrEqual(150)
      expect(mails.length).toBe(shape.mails)
      expect(mails.length).toBeGreaterThanOrEqual(Math.max(40, shape.companies))
      expect(mails.length).toBeLessThanOrEqual(400)
      const span = (Date.parse(mails.at(-1)!.date) - Date.parse(mails[0]!.date)) / 60_000
      expect(span).toBeGreaterThanOrEqual(3)
      expect(span).toBeLessThanOrEqual(90)
      expect(new Set(mails.map((r) => r.from.split(' ').slice(0, 2).join(' '))).size).toBe(
        shape.companies,
      )
      const inside = [...scenario.labels.values()].filter(
        (l) => l.label === 'important' && l.waveId,
      )
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
    }
    expect(waves.filter((w) => w.shape.shape === 'slow').length).toBeGreaterThanOrEqual(1)
  })

  it('keeps most wave mail in-house, at least 10 % display-only, bland and same-subject waves', () => {
    const labels = waves.flatMap(({ scenario }) =>
      waveRecords(scenario).map((r) => scenario.labels.get(r.id)!),
    )
    const share = (keep: (l: (typeof labels)[number]) => boolean) =>
      labels.filter(keep).length / labels.length
    expect(share((l) => l.product!.startsWith('in-house'))).toBeGreaterThanOrEqual(0.7)
    expect(share((l) => l.sender === 'display')).toBeGreaterThanOrEqual(0.1)
    expect(labels.some((l) => l.payload === 'none')).toBe(true)
    const echo = waves.find((w) => w.scenario.name === 'a-acknowledgement en')!
    const payload = echo.scenario.labels.get(waveRecords(echo.scenario)[0]!.id)!.payload
    expect(payload).not.toBe('none')
    const text = payloadPlan(0, 'en').text!
    expect(waveRecords(echo.scenario).every((r) => r.subject.includes(text))).toBe(true)
  })

  it('shapes each own burst: 8-12 sent mails within an hour, each acknowledged 1-10 minutes later', () => {
    for (const l of LANGUAGES.keys()) {
      const { scenario, shape } = ownScenarioWithShape(HAM, l)
      expect(shape.companies).toBeGreaterThanOrEqual(8)
      expect(shape.companies).toBeLessThanOrEqual(12)
      expect(shape.spread).toBeLessThanOrEqual(3_600_000)
      const sent = scenario.records.filter((r) => r.folder === 'sent')
      expect(sent).toHaveLength(shape.companies)
      for (const s of sent) {
        const ack = scenario.records.find((r) => r.id === s.id.replace('-sent-', '-ack-'))!
        const gap = (Date.parse(ack.date) - Date.parse(s.date)) / 60_000
        expect(gap).toBeGreaterThanOrEqual(1)
        expect(gap).toBeLessThanOrEqual(10)
        expect(ack.subject).toContain(s.subject)
      }
    }
  })
})
