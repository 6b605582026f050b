// The thirteenth held-out set's generator (test/eval/thirteenth): deterministic, fully labelled,
// every wave kind in every language, no company of an earlier set, and the wave and burst shapes
// its README promises. It checks the set, never the detector's verdicts.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import { MINUTE } from '../eval/thirteenth/clock.ts'
import { STEMS } from '../eval/thirteenth/companies.ts'
import { disguise } from '../eval/thirteenth/disguise.ts'
import { PAYLOADS } from '../eval/thirteenth/payloads.ts'
import { PRODUCTS } from '../eval/thirteenth/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirteenth/scenarios.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: i % 4 === 0 ? 'hard-ham-1' : 'easy-ham-1',
  from: `Person ${i} <p${i}@list.example>`,
  subject: `Re: topic ${i}`,
  date: Date.UTC(2002, 7, 1) + i * 3_600_000 * 7,
  listId: i % 2 === 0 ? '<list.example>' : null,
  text: `text ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Help <h@x.example>',
    subject: 'Ticket',
    date: Date.UTC(2019, 1, 1),
    text: 'body',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'Bo <b@x.example>',
    subject: 'Re: hi',
    date: null,
    text: 'hi',
  },
]

const scenarios = buildScenarios(HAM, REAL)
const waves = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l).shape),
)
const owns = LANGUAGES.map((_, l) => ownScenarioWithShape(HAM, l).shape)

const plain = (list: Scenario[]) => list.map((s) => ({ ...s, labels: [...s.labels] }))

describe('thirteenth held-out set', () => {
  it('is the same on every build', () => {
    expect(JSON.stringify(plain(buildScenarios(HAM, REAL)))).toBe(JSON.stringify(plain(scenarios)))
  })

  it('labels every mail, and every wave mail with its language, family, product, sender and payload', () => {
    for (const s of scenarios) {
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        if (label!.label !== 'wave') continue
        expect(label!.lang && label!.family && label!.product && label!.waveId, r.id).toBeTruthy()
        expect(label!.sender && label!.payload, r.id).toBeTruthy()
      }
    }
  })

  it('holds every wave kind in every language, a multilingual wave of each kind, and own bursts per language', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) {
        const s = scenarios.find((x) => x.name === `${kind} ${lang}`)!
        expect(
          [...s.labels.values()].filter((l) => l.label === 'wave' && l.lang === lang).length,
        ).toBeGreaterThan(0)
      }
    for (const kind of WAVE_KINDS) {
      const multi = scenarios.find((x) => x.name === `${kind} multi`)!
      const langs = new Set(
        [...multi.labels.values()].filter((l) => l.label === 'wave').map((l) => l.lang),
      )
      expect(langs.size).toBeGreaterThan(2)
    }
    for (const lang of LANGUAGES) {
      const own = scenarios.find((x) => x.name === `g-own ${lang}`)!
      expect([...own.labels.values()].some((l) => l.label === 'own' && l.lang === lang)).toBe(true)
    }
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('reuses no company stem of the twelve earlier sets', () => {
    const sets = [
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
    ]
    const texts = sets.map((d) =>
      readFileSync(new URL(`../eval/${d}companies.ts`, import.meta.url), 'utf8').toLowerCase(),
    )
    for (const stem of STEMS)
      for (const text of texts) expect(text.includes(stem.toLowerCase()), stem).toBe(false)
  })

  it('gives every product all seven languages, and two products a display name only', () => {
    for (const p of PRODUCTS) expect(Object.keys(p.texts).sort()).toEqual([...LANGUAGES].sort())
    expect(
      PRODUCTS.filter((p) => p.senders.every((s) => s === 'display')).length,
    ).toBeGreaterThanOrEqual(2)
  })

  it('shapes waves as 40-400 mails from 20-150 companies within 3-90 minutes, with repeats and slow waves', () => {
    for (const w of waves) {
      expect(w.companies).toBeGreaterThanOrEqual(20)
      expect(w.companies).toBeLessThanOrEqual(150)
      expect(w.mails).toBeGreaterThanOrEqual(40)
      expect(w.mails).toBeLessThanOrEqual(400)
      expect(w.end - w.start).toBeGreaterThanOrEqual(3 * MINUTE)
      expect(w.end - w.start).toBeLessThanOrEqual(90 * MINUTE)
    }
    expect(
      waves.filter((w) => w.plan.arrival === 'slow' && w.end - w.start >= 60 * MINUTE).length,
    ).toBeGreaterThan(0)
    expect(waves.filter((w) => w.mails > w.companies).length).toBeGreaterThan(waves.length / 2)
    expect(waves.filter((w) => w.plan.payload === null).length).toBeGreaterThan(0)
  })

  it('sends at least 10 % of wave mail under a display name only', () => {
    const labels = scenarios
      .flatMap((s) => [...s.labels.values()])
      .filter((l) => l.label === 'wave')
    expect(
      labels.filter((l) => l.sender === 'display').length / labels.length,
    ).toBeGreaterThanOrEqual(0.1)
  })

  it('has a wave whose every mail carries the same payload in its subject', () => {
    const same = waves.filter((w) => w.plan.sameSubject)
    expect(same.length).toBeGreaterThan(0)
    for (const w of same) {
      const text = disguise(
        PAYLOADS[w.plan.payload!.kind][w.plan.lang as 'en'],
        w.plan.payload!.disguise,
      )
      for (const r of w.records) expect(r.subject).toContain(text)
    }
  })

  it('puts three to six important mails inside every wave', () => {
    for (const kind of WAVE_KINDS)
      for (const lang of WAVE_LANGS) {
        const s = scenarios.find((x) => x.name === `${kind} ${lang}`)!
        const inside = [...s.labels.values()].filter((l) => l.label === 'important' && l.waveId)
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
      }
  })

  it('shapes own bursts as 8-12 companies within an hour, each acknowledged 1-10 minutes later', () => {
    for (const own of owns) {
      expect(own.companies).toBeGreaterThanOrEqual(8)
      expect(own.companies).toBeLessThanOrEqual(12)
      expect(Math.max(...own.sentTimes) - Math.min(...own.sentTimes)).toBeLessThanOrEqual(
        60 * MINUTE,
      )
      for (const delay of own.ackDelays) {
        expect(delay).toBeGreaterThanOrEqual(MINUTE)
        expect(delay).toBeLessThanOrEqual(10 * MINUTE)
      }
      const sources = [...own.labels.values()].map((l) => l.source)
      expect(sources.filter((s) => s === 'own/sign-up')).toHaveLength(1)
      expect(sources.filter((s) => s === 'own/newsletter').length).toBeGreaterThanOrEqual(2)
    }
    expect(new Set(owns.flatMap((o) => o.channels)).size).toBe(4)
  })
})
