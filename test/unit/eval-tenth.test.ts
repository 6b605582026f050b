// The tenth evaluation set's construction (test/eval/tenth): determinism, labels, the scenario
// grid, wave and burst shapes, products and company names new to every earlier set. It checks
// what the set holds, never the detector's results.
import { describe, expect, it } from 'vitest'
import { seeded } from '../../test/eval/prng.ts'
import type { RealMail } from '../../test/eval/real-corpus.ts'
import type { HamMail } from '../../test/eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang } from '../../test/eval/types.ts'
import { companies as freshCompanies } from '../../test/eval/fresh/companies.ts'
import { allCompanies as third } from '../../test/eval/third/companies.ts'
import { allCompanies as fourth } from '../../test/eval/fourth/companies.ts'
import { allCompanies as fifth } from '../../test/eval/fifth/companies.ts'
import { allCompanies as sixth } from '../../test/eval/sixth/companies.ts'
import { allCompanies as seventh } from '../../test/eval/seventh/companies.ts'
import { allCompanies as eighth } from '../../test/eval/eighth/companies.ts'
import { allCompanies as ninth } from '../../test/eval/ninth/companies.ts'
import { STEMS, allCompanies, slugOf } from '../../test/eval/tenth/companies.ts'
import { PRODUCTS } from '../../test/eval/tenth/products/index.ts'
import {
  WAVE_LANGS,
  buildScenarios,
  ownScenario,
  waveScenario,
} from '../../test/eval/tenth/scenarios.ts'

const MIN = 60_000
const ham: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: 'easy-ham-1',
  from: `Person ${i} <p${i}@example.org>`,
  subject: `Note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), 9 + (i % 10)),
  listId: i % 3 === 0 ? 'list.example.org' : null,
  text: `text ${i}`,
}))
const real: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Desk <d@example.com>',
    subject: 'Re: x',
    date: Date.UTC(2021, 0, 3),
    text: 'x',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'Bob <b@example.com>',
    subject: 'Re: y',
    date: null,
    text: 'y',
  },
]
const src = { ham, real }
const all = buildScenarios(src)

describe('tenth evaluation set', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(src)
    expect(JSON.stringify(again.map((s) => s.records))).toBe(
      JSON.stringify(all.map((s) => s.records)),
    )
  })

  it('labels every record exactly once, with every class present', () => {
    const classes = new Set<string>()
    for (const s of all) {
      expect(s.labels.size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        classes.add(label!.label)
      }
    }
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('covers every wave kind in every language, plus bursts and the quiet inbox', () => {
    expect(all.length).toBe(WAVE_KINDS.length * WAVE_LANGS.length + LANGUAGES.length + 1)
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) {
        const n = all
          .filter((s) => s.kind === kind)
          .flatMap((s) =>
            s.records.filter(
              (r) => s.labels.get(r.id)!.lang === lang && s.labels.get(r.id)!.label === 'wave',
            ),
          )
        expect(n.length, `${kind} ${lang}`).toBeGreaterThan(0)
      }
    for (const lang of LANGUAGES) {
      const own = all.find((s) => s.name === `g-own ${lang}`)!
      expect([...own.labels.values()].some((l) => l.label === 'own')).toBe(true)
    }
    expect(all.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
  })

  it('shapes each wave within the brief: size, companies, span, repeats, important mail inside', () => {
    let display = 0
    let total = 0
    const spans: number[] = []
    WAVE_KINDS.forEach((_, k) =>
      WAVE_LANGS.forEach((_, l) => {
        const { scenario, shape } = waveScenario(src, k, l)
        expect(shape.size).toBeGreaterThanOrEqual(40)
        expect(shape.size).toBeLessThanOrEqual(400)
        expect(shape.companies).toBeGreaterThanOrEqual(20)
        expect(shape.companies).toBeLessThanOrEqual(150)
        expect(shape.size).toBeGreaterThan(shape.companies)
        const start = Date.parse(shape.records[0]!.date)
        const span = (shape.end - start) / MIN
        expect(span).toBeGreaterThanOrEqual(3)
        expect(span).toBeLessThanOrEqual(90)
        spans.push(span)
        const senders = new Set(shape.records.map((r) => r.from.replace(/^.*</u, '')))
        expect(senders.size).toBeGreaterThanOrEqual(Math.min(20, shape.companies))
        const inside = [...scenario.labels.entries()].filter(
          ([, v]) => v.label === 'important' && v.waveId,
        )
        expect(inside.length).toBeGreaterThanOrEqual(3)
        expect(inside.length).toBeLessThanOrEqual(6)
        for (const [id] of inside) {
          const at = Date.parse(scenario.records.find((r) => r.id === id)!.date)
          expect(at).toBeGreaterThanOrEqual(start)
          expect(at).toBeLessThanOrEqual(shape.end)
        }
        for (const l of shape.labels.values()) {
          total++
          if (l.sender === 'display') display++
        }
      }),
    )
    expect(display / total).toBeGreaterThanOrEqual(0.1)
    expect(spans.some((s) => s >= 45)).toBe(true)
    expect(spans.some((s) => s <= 10)).toBe(true)
  })

  it('has waves with no payload and waves with disguised payloads', () => {
    const payloads = new Set(all.flatMap((s) => [...s.labels.values()].map((l) => l.payload)))
    expect(payloads.has('none')).toBe(true)
    for (const how of ['fullwidth', 'cyrillic', 'greek', 'zero-width', 'combining'])
      expect(
        [...payloads].some((p) => p?.endsWith(`/${how}`)),
        how,
      ).toBe(true)
  })

  it('times each own burst: 8–12 sent within an hour, each acknowledged 1–10 minutes later', () => {
    LANGUAGES.forEach((_, l) => {
      const { shape } = ownScenario(src, l)
      expect(shape.pairs.length).toBeGreaterThanOrEqual(8)
      expect(shape.pairs.length).toBeLessThanOrEqual(12)
      const sent = shape.pairs.map((p) => p.sent)
      expect(Math.max(...sent) - Math.min(...sent)).toBeLessThanOrEqual(60 * MIN)
      for (const p of shape.pairs) {
        expect(p.ack - p.sent).toBeGreaterThanOrEqual(MIN)
        expect(p.ack - p.sent).toBeLessThanOrEqual(11 * MIN)
      }
      expect([...shape.labels.values()].every((v) => v.label === 'own')).toBe(true)
    })
  })

  it('writes every product in all seven languages and repeats the typed fields it echoes', () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(12)
    const ctx = {
      company: 'Acme',
      domain: 'acme.example',
      name: 'NAME-MARK',
      typed: 'TYPED-MARK',
      message: 'MESSAGE-MARK',
      email: 'x@example.net',
      ref: '12345',
      code: '654321',
      link: 'https://acme.example/c',
    }
    for (const p of PRODUCTS)
      for (const lang of LANGUAGES) {
        const t = p.texts[lang](ctx)
        expect(t.subject.length, `${p.product} ${lang}`).toBeGreaterThan(0)
        const text = `${t.subject}\n${t.body}`
        if (p.echo.includes('subject')) expect(text).toContain('TYPED-MARK')
        if (p.echo.includes('name')) expect(text).toContain('NAME-MARK')
        if (p.echo.includes('message')) expect(text).toContain('MESSAGE-MARK')
        if (p.echo.length === 0) expect(text).not.toMatch(/-MARK/u)
      }
    const used = new Set(all.flatMap((s) => [...s.labels.values()].map((l) => l.product)))
    for (const p of PRODUCTS) expect(used.has(p.product), p.product).toBe(true)
  })

  it('uses no company name or stem of an earlier set', () => {
    const earlier = new Set<string>()
    for (const lang of LANGUAGES as readonly Lang[]) {
      for (const c of freshCompanies(seeded(1), lang, 100_000, new Set()))
        earlier.add(slugOf(c.name))
      for (const list of [third, fourth, fifth, sixth, seventh, eighth, ninth])
        for (const c of list(lang)) earlier.add(slugOf(c.name))
    }
    expect(earlier.size).toBeGreaterThan(1000)
    const stems = STEMS.map(slugOf)
    const clashes = [...earlier].filter((name) => stems.some((s) => name.startsWith(s)))
    expect(clashes).toEqual([])
    for (const lang of LANGUAGES)
      for (const c of allCompanies(lang)) expect(earlier.has(slugOf(c.name)), c.name).toBe(false)
  })
})
