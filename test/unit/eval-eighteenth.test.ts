// The eighteenth held-out set (test/eval/eighteenth/README.md): its shape, not the detector's
// results. Runs on stub ham and real-corpus lists so it needs neither data set.
import { describe, expect, it } from 'vitest'
import { fromJsonLine } from '../../src/cli/records.ts'
import * as first from '../eval/companies.ts'
import * as fresh from '../eval/fresh/companies.ts'
import * as third from '../eval/third/companies.ts'
import * as fourth from '../eval/fourth/companies.ts'
import * as fifth from '../eval/fifth/companies.ts'
import * as sixth from '../eval/sixth/companies.ts'
import * as seventh from '../eval/seventh/companies.ts'
import * as eighth from '../eval/eighth/companies.ts'
import * as ninth from '../eval/ninth/companies.ts'
import * as tenth from '../eval/tenth/companies.ts'
import * as eleventh from '../eval/eleventh/companies.ts'
import * as twelfth from '../eval/twelfth/companies.ts'
import * as thirteenth from '../eval/thirteenth/companies.ts'
import * as fourteenth from '../eval/fourteenth/companies.ts'
import * as fifteenth from '../eval/fifteenth/companies.ts'
import * as sixteenth from '../eval/sixteenth/companies.ts'
import * as seventeenth from '../eval/seventeenth/companies.ts'
import { seeded } from '../eval/prng.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type MailLabel } from '../eval/types.ts'
import { MINUTE } from '../eval/eighteenth/clock.ts'
import { slugOf, STEMS } from '../eval/eighteenth/companies.ts'
import { FAMILIES } from '../eval/eighteenth/compose/types.ts'
import { PRODUCTS } from '../eval/eighteenth/products.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  SUBJECT_ALL,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/eighteenth/scenarios.ts'
import { HAND_TEXTS } from '../eval/eighteenth/texts/index.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: i % 3 ? 'easy-ham-1' : 'hard-ham-1',
  from: `Person ${i} <p${i}@list.example>`,
  subject: `Re: thread ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), i % 24),
  listId: i % 2 ? 'list.example' : null,
  text: `message ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Desk <d@x.example>',
    subject: 'Ticket',
    date: null,
    text: 'x',
  },
]

const scenarios = buildScenarios(HAM, REAL)
const waveLabels = scenarios
  .flatMap((s) => [...s.labels.values()])
  .filter((l) => l.label === 'wave')
const share = (keep: (l: MailLabel) => boolean) =>
  waveLabels.filter(keep).length / waveLabels.length
/** The first set's and the sixteen later sets' company modules, walked without reading them. */
const EARLIER_MODULES: readonly Record<string, unknown>[] = [
  first,
  fresh,
  third,
  fourth,
  fifth,
  sixth,
  seventh,
  eighth,
  ninth,
  tenth,
  eleventh,
  twelfth,
  thirteenth,
  fourteenth,
  fifteenth,
  sixteenth,
  seventeenth,
]

/** Every string a module exports (walked, not read), plus the companies its functions list. */
function stringsOf(value: unknown, out: Set<string>, depth = 0): void {
  if (typeof value === 'string') out.add(slugOf(value))
  else if (depth < 4 && Array.isArray(value)) for (const v of value) stringsOf(v, out, depth + 1)
  else if (depth < 4 && value && typeof value === 'object')
    for (const v of Object.values(value)) stringsOf(v, out, depth + 1)
}

function earlierSlugs(): Set<string> {
  const out = new Set<string>()
  EARLIER_MODULES.forEach((module, index) => {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function') stringsOf(value, out)
      else if (name === 'allCompanies') for (const l of LANGUAGES) stringsOf(value(l), out)
      else if (name === 'companies' && index > 0)
        for (const l of LANGUAGES) stringsOf(value(seeded(1), l, 5_000, new Set()), out)
    }
  })
  return out
}

describe('eighteenth evaluation set', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(HAM, REAL)
    expect(again.map((s) => JSON.stringify(s.records))).toEqual(
      scenarios.map((s) => JSON.stringify(s.records)),
    )
  })

  it('labels every record exactly once, in the .jsonl contract, with every class present', () => {
    const classes = new Set<string>()
    for (const s of scenarios) {
      expect(s.labels.size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        classes.add(label!.label)
        expect(() => fromJsonLine(JSON.stringify(r))).not.toThrow()
      }
    }
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('covers every kind x language, and every family in each language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) {
        const found = scenarios.some(
          (s) =>
            s.kind === kind &&
            [...s.labels.values()].some((l) => l.label === 'wave' && l.lang === lang),
        )
        expect(found, `${kind} ${lang}`).toBe(true)
      }
    for (const lang of LANGUAGES)
      for (const family of FAMILIES)
        expect(
          waveLabels.some((l) => l.lang === lang && l.family === family),
          `${family} ${lang}`,
        ).toBe(true)
    expect(scenarios.filter((s) => s.kind === 'g-own')).toHaveLength(7)
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('keeps the wave shapes: 40-400 mails, 20-150 companies, 3-90 minutes, repeats, slow waves', () => {
    const arrivals = new Set<string>()
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const { shape } = waveScenarioWithShape(HAM, k, l)
        expect(shape.records.length).toBeGreaterThanOrEqual(40)
        expect(shape.records.length).toBeLessThanOrEqual(400)
        expect(shape.companies).toBeGreaterThanOrEqual(20)
        expect(shape.companies).toBeLessThanOrEqual(150)
        expect(shape.records.length).toBeGreaterThan(shape.companies)
        const dates = shape.records.map((r) => Date.parse(r.date))
        const span = (Math.max(...dates) - Math.min(...dates)) / MINUTE
        expect(span).toBeGreaterThanOrEqual(3)
        expect(span).toBeLessThanOrEqual(90)
        arrivals.add(shape.arrival)
      }
    expect([...arrivals].sort()).toEqual(['burst-tail', 'slow', 'two-bursts'])
  })

  it('puts 3-6 important mails inside each wave, within its span', () => {
    for (let k = 0; k < WAVE_KINDS.length; k++)
      for (let l = 0; l < WAVE_LANGS.length; l++) {
        const { scenario, shape } = waveScenarioWithShape(HAM, k, l)
        const waveId = [...shape.labels.values()][0]!.waveId
        const inside = scenario.records.filter((r) => {
          const label = scenario.labels.get(r.id)!
          return label.label === 'important' && label.waveId === waveId
        })
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        const first = Date.parse(shape.records[0]!.date)
        for (const r of inside) expect(Date.parse(r.date)).toBeGreaterThan(first)
        for (const r of inside) expect(Date.parse(r.date)).toBeLessThanOrEqual(shape.end)
      }
  })

  it('weights the wave mail as the set promises', () => {
    expect(share((l) => (l.product ?? '').startsWith('in-house'))).toBeGreaterThanOrEqual(0.8)
    const inHouse = waveLabels.filter((l) => (l.product ?? '').startsWith('in-house'))
    expect(
      inHouse.filter((l) => l.product === 'in-house hand').length / inHouse.length,
    ).toBeGreaterThanOrEqual(0.5)
    expect(share((l) => ['es', 'pt', 'it', 'nl'].includes(l.lang ?? ''))).toBeGreaterThanOrEqual(
      0.6,
    )
    expect(share((l) => l.sender === 'display')).toBeGreaterThanOrEqual(0.2)
    expect(share((l) => l.sender === 'hosted')).toBeGreaterThan(0.1)
    expect(share((l) => (l.payload ?? 'none') !== 'none')).toBeGreaterThan(0.1)
    const locales = new Set(inHouse.map((l) => HAND_TEXTS.find((w) => w.id === l.source)?.locale))
    for (const locale of ['pt-PT', 'pt-BR', 'nl-NL', 'nl-BE'])
      expect(locales.has(locale), locale).toBe(true)
  })

  it('has at least 40 hand-written texts per family, no two sharing a sentence', () => {
    const seen = new Map<string, string>()
    for (const family of FAMILIES)
      expect(HAND_TEXTS.filter((w) => w.family === family).length).toBeGreaterThanOrEqual(40)
    for (const w of HAND_TEXTS)
      for (const sentence of `${w.subject}\n${w.body}`.split(/[.!?\n]+/u)) {
        const key = sentence
          .replace(/\{[a-z]+\}/gu, '')
          .replace(/\s+/gu, ' ')
          .trim()
          .toLowerCase()
        if (key.length < 25) continue
        expect(seen.get(key) ?? w.id, key).toBe(w.id)
        seen.set(key, w.id)
      }
  })

  it('uses every product (at most two per family, two with a display name only)', () => {
    const used = new Set(waveLabels.map((l) => l.product))
    for (const p of PRODUCTS) expect(used.has(p.product), p.product).toBe(true)
    for (const family of FAMILIES)
      expect(PRODUCTS.filter((p) => p.family === family).length).toBeLessThanOrEqual(2)
    expect(PRODUCTS.filter((p) => p.sender === 'display').length).toBeGreaterThanOrEqual(2)
  })

  it('repeats the same payload in every subject of one wave, and has waves without payload', () => {
    const { shape } = waveScenarioWithShape(HAM, SUBJECT_ALL.kind, SUBJECT_ALL.lang)
    const labels = [...shape.labels.values()]
    expect(new Set(labels.map((l) => l.payload)).size).toBe(1)
    expect(labels[0]!.payload).not.toBe('none')
    expect(shape.payloadTexts).toHaveLength(1)
    for (const r of shape.records) expect(r.subject).toContain(shape.payloadTexts[0])
    const none = WAVE_KINDS.flatMap((_, k) =>
      WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l).shape),
    )
    expect(none.filter((w) => w.payloads.length === 0).length).toBeGreaterThanOrEqual(3)
  })

  it('keeps the own bursts within an hour, acknowledged 1-10 minutes later, labelled own', () => {
    for (let l = 0; l < LANGUAGES.length; l++) {
      const { shape } = ownScenarioWithShape(HAM, l)
      const sent = shape.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      const times = sent.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(60 * MINUTE)
      sent.forEach((r, i) => {
        const ack = shape.records.find((a) => a.id.endsWith(`-ack-${i}`))!
        expect(ack.subject).toContain(r.subject)
        const gap = Date.parse(ack.date) - Date.parse(r.date)
        expect(gap).toBeGreaterThanOrEqual(MINUTE)
        expect(gap).toBeLessThanOrEqual(10 * MINUTE)
      })
      for (const label of shape.labels.values()) expect(label.label).toBe('own')
    }
  })

  it('names no company like any earlier set', () => {
    const earlier = earlierSlugs()
    expect(earlier.size).toBeGreaterThan(500)
    for (const stem of STEMS) {
      const s = slugOf(stem)
      const clash = [...earlier].find((e) => e.startsWith(s) || (e.length >= 6 && s.startsWith(e)))
      expect(clash, stem).toBeUndefined()
    }
  })
})
