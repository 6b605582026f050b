// The eleventh held-out set's generator (test/eval/eleventh): the same inbox on every run, a label
// for every mail, every wave kind in every language, company names new to every earlier set, and
// waves, important mail and own bursts of the documented shapes. It never runs the detector.
import { describe, expect, it } from 'vitest'
import * as eighth from '../eval/eighth/companies.ts'
import { allCompanies, STEMS } from '../eval/eleventh/companies.ts'
import { PRODUCTS } from '../eval/eleventh/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  SLOW_WAVES,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/eleventh/scenarios.ts'
import * as fifth from '../eval/fifth/companies.ts'
import * as fourth from '../eval/fourth/companies.ts'
import * as fresh from '../eval/fresh/companies.ts'
import * as ninth from '../eval/ninth/companies.ts'
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import * as seventh from '../eval/seventh/companies.ts'
import * as sixth from '../eval/sixth/companies.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import * as tenth from '../eval/tenth/companies.ts'
import * as third from '../eval/third/companies.ts'
import { LANGUAGES, WAVE_KINDS, type Lang } from '../eval/types.ts'

const MINUTE = 60_000

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: i % 4 === 0 ? 'hard-ham-1' : 'easy-ham-1',
  from: `Person ${i} <p${i}@example.org>`,
  subject: `Re: thread ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), i % 24),
  listId: i % 3 === 0 ? '<list.example.org>' : null,
  text: `Body of message ${i}`,
}))

const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Help <help@example.com>',
    subject: 'Re: x',
    date: Date.UTC(2024, 0, 1),
    text: 'reply',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'Ann <ann@example.com>',
    subject: 'Re: y',
    date: null,
    text: 'ok',
  },
]

const scenarios = buildScenarios(HAM, REAL)

/** Every company name any earlier set can produce, with their slugs and stems. */
function earlierNames(): Set<string> {
  const names = new Set<string>()
  const addAll = (list: readonly { name: string; slug: string; stem?: string }[]) => {
    for (const c of list) {
      names.add(c.name.toLowerCase())
      names.add(c.slug)
      if (c.stem) names.add(c.stem.toLowerCase())
    }
  }
  for (const lang of LANGUAGES) {
    addAll(fresh.companies(seeded(1), lang, 100_000, new Set()))
    for (const set of [third, fourth, fifth, seventh, eighth, ninth, tenth])
      addAll(set.allCompanies(lang))
    try {
      addAll(sixth.allCompanies(lang as Parameters<typeof sixth.allCompanies>[0]))
    } catch {
      // The sixth set has no companies in this language.
    }
  }
  return names
}

describe('eleventh evaluation set', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(HAM, REAL)
    expect(again.map((s) => s.records)).toEqual(scenarios.map((s) => s.records))
    expect(again.map((s) => [...s.labels])).toEqual(scenarios.map((s) => [...s.labels]))
  })

  it('labels every mail, with what the breakdowns need', () => {
    for (const s of scenarios) {
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        if (label?.label === 'wave') {
          expect(
            label.lang &&
              label.family &&
              label.product &&
              label.waveId &&
              label.sender &&
              label.payload,
            r.id,
          ).toBeTruthy()
        }
        if (label?.label === 'important') expect(label.lang && label.source, r.id).toBeTruthy()
      }
      expect(s.labels.size).toBe(s.records.length)
    }
  })

  it('holds every wave kind in every language, own bursts per language and a quiet inbox', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) {
        const own = scenarios.find((s) => s.name === `${kind} ${lang}`)
        expect(
          own?.records.some((r) => own.labels.get(r.id)?.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
        const inMulti = scenarios.find((s) => s.name === `${kind} multi`)!
        const langs = new Set(
          [...inMulti.labels.values()].filter((l) => l.label === 'wave').map((l) => l.lang),
        )
        expect(langs.size, `${kind} multi`).toBeGreaterThanOrEqual(5)
      }
    for (const lang of LANGUAGES)
      expect(scenarios.some((s) => s.name === `g-own ${lang}`)).toBe(true)
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('uses company names, slugs and stems no earlier set uses', () => {
    const earlier = earlierNames()
    const mine = LANGUAGES.flatMap((lang: Lang) => allCompanies(lang))
    const clashes = mine.filter((c) => earlier.has(c.name.toLowerCase()) || earlier.has(c.slug))
    expect(clashes.map((c) => c.name)).toEqual([])
    expect(STEMS.filter((stem) => earlier.has(stem.toLowerCase()))).toEqual([])
  })

  it('writes four products a family, each in all seven languages', () => {
    for (const family of ['helpdesk', 'verification', 'subscription', 'reset'])
      expect(PRODUCTS.filter((p) => p.family === family)).toHaveLength(4)
    for (const p of PRODUCTS) expect(Object.keys(p.texts).sort()).toEqual([...LANGUAGES].sort())
  })

  it('builds waves of 40-400 mails from 20-150 companies in 3-90 minutes, and slow ones', () => {
    let display = 0
    let waveMails = 0
    const payloads = new Set<string>()
    WAVE_KINDS.forEach((_, k) =>
      WAVE_LANGS.forEach((_, l) => {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const wave = scenario.records.filter((r) => scenario.labels.get(r.id)?.label === 'wave')
        expect(wave).toHaveLength(shape.mails)
        expect(shape.mails).toBeGreaterThanOrEqual(40)
        expect(shape.mails).toBeLessThanOrEqual(400)
        const senders = new Set(wave.map((r) => r.from))
        expect(senders.size).toBe(shape.companies)
        expect(shape.companies).toBeGreaterThanOrEqual(20)
        expect(shape.companies).toBeLessThanOrEqual(150)
        expect(shape.mails).toBeGreaterThan(shape.companies)
        const times = wave.map((r) => Date.parse(r.date))
        const span = (Math.max(...times) - Math.min(...times)) / MINUTE
        const slow = SLOW_WAVES.some(([sk, sl]) => sk === k && sl === l)
        if (slow) expect(span).toBeGreaterThan(90)
        else {
          expect(span).toBeGreaterThanOrEqual(3)
          expect(span).toBeLessThanOrEqual(90)
        }
        const inside = [...scenario.labels].filter(
          ([, lb]) => lb.label === 'important' && lb.waveId,
        )
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        for (const [id] of inside) {
          const at = Date.parse(scenario.records.find((r) => r.id === id)!.date)
          expect(at).toBeGreaterThanOrEqual(shape.start)
          expect(at).toBeLessThanOrEqual(shape.end)
        }
        display += wave.filter((r) => scenario.labels.get(r.id)?.sender === 'display').length
        waveMails += wave.length
        payloads.add(shape.payload.split('/')[0]!)
      }),
    )
    expect(display / waveMails).toBeGreaterThanOrEqual(0.1)
    expect(payloads.has('none')).toBe(true)
    expect(payloads.size).toBeGreaterThanOrEqual(5)
  })

  it('has the person send 8-12 requests within an hour, each acknowledged 1-10 minutes later', () => {
    LANGUAGES.forEach((_, l) => {
      const { scenario, shape } = ownScenarioWithShape(HAM, l)
      expect(shape.sent).toBeGreaterThanOrEqual(8)
      expect(shape.sent).toBeLessThanOrEqual(12)
      expect(shape.sendSpan).toBeLessThanOrEqual(60)
      const sent = scenario.records.filter((r) => r.folder === 'sent')
      expect(sent).toHaveLength(shape.sent)
      for (const s of sent) {
        const ack = scenario.records.find((r) => r.id === s.id.replace('-sent-', '-ack-'))!
        const gap = (Date.parse(ack.date) - Date.parse(s.date)) / MINUTE
        expect(gap).toBeGreaterThanOrEqual(1)
        expect(gap).toBeLessThanOrEqual(10)
        expect(ack.subject.includes(s.subject) || ack.body?.includes(s.subject)).toBe(true)
      }
      const labels = [...scenario.labels.values()]
      expect(labels.filter((lb) => lb.product === 'signup')).toHaveLength(1)
      expect(labels.filter((lb) => lb.product === 'newsletter').length).toBeGreaterThanOrEqual(2)
    })
  })
})
