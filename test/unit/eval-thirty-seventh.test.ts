// The thirty-seventh held-out set's generator (test/eval/thirty-seventh): deterministic, fully
// labelled, every kind x language present, wave shapes within the brief, every look-alike class
// in every language and placement, every persona's work mail and own bursts (inside waves too),
// and no company stem, host, service or product of an earlier set reused. It never runs the
// detector. Scenarios are built once per file (module level).
import { describe, expect, it } from 'vitest'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'
import * as names from '../eval/thirty-seventh/companies.ts'
import { LOOK_CLASSES } from '../eval/thirty-seventh/look/types.ts'
import { PAYLOAD_KINDS } from '../eval/thirty-seventh/payload-texts.ts'
import { PERSONAS } from '../eval/thirty-seventh/people.ts'
import { PRODUCTS } from '../eval/thirty-seventh/products.ts'
import { variantOf } from '../eval/thirty-seventh/report.ts'
import {
  buildScenarios,
  hasBurst,
  ownScenario,
  quietScenario,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/thirty-seventh/scenarios.ts'
import type { ScoredRow } from '../eval/score.ts'
import { otherSetsReadmes } from './eval-readmes.ts'
import { earlierNameWordsToThirtySixth } from './eval-thirty-seventh-earlier.ts'
import { HAM, REAL } from './eval-twentieth-fixtures.ts'

const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
const scenarios: Scenario[] = buildScenarios(HAM, REAL)
const rows = scenarios.flatMap((s) => s.records.map((r) => ({ s, r, l: s.labels.get(r.id)! })))
type Row = (typeof rows)[number]
const waves = rows.filter((x) => x.l.label === 'wave')
const MIN = 60_000
const json = (list: readonly Scenario[]) => JSON.stringify(list.map((s) => s.records))
const source = (x: Row) => x.l.source ?? ''
const at = (x: { date: string }) => Date.parse(x.date)
const share = (f: (x: Row) => boolean) => waves.filter(f).length / waves.length

describe('thirty-seventh evaluation set', () => {
  it('is the same on every build', () => {
    expect(json(built.map((b) => b.scenario))).toBe(json(scenarios.slice(0, built.length)))
    const own = LANGUAGES.flatMap((_, l) => PERSONAS.map((_, p) => ownScenario(HAM, l, p)))
    expect(json([...own, quietScenario(HAM, REAL)])).toBe(json(scenarios.slice(built.length)))
  })

  it('labels every mail, with ids unique, and wave mail fully', () => {
    // Plain checks collected in a list: one expect per mail would cost a third of a second.
    const ids = new Set<string>()
    const bad: string[] = []
    for (const { s, r, l } of rows) {
      if (!l || ids.has(r.id)) bad.push(`${s.name} ${r.id}`)
      ids.add(r.id)
    }
    const keys = ['lang', 'family', 'product', 'waveId', 'sender', 'payload', 'source'] as const
    for (const { r, l } of waves) if (keys.some((key) => !l[key])) bad.push(r.id)
    expect(bad).toEqual([])
    expect(scenarios).toHaveLength(62)
    expect(
      rows
        .filter((x) => x.s.kind === 'h-quiet' || x.s.kind === 'g-own')
        .every((x) => x.l.label !== 'wave'),
    ).toBe(true)
  })

  it('has every kind x language, multilingual waves, and waves by day and by night', () => {
    for (const kind of WAVE_KINDS) {
      for (const lang of LANGUAGES)
        expect(
          waves.some((x) => x.s.kind === kind && x.l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
      const multi = waves.filter((x) => x.s.name === `${kind} multi`)
      expect(new Set(multi.map((x) => x.l.lang)).size).toBeGreaterThanOrEqual(5)
    }
    for (const time of ['day', 'night'])
      expect(built.filter((b) => b.wave.plan.waveId.endsWith(time)).length).toBeGreaterThanOrEqual(
        15,
      )
  })

  it('keeps every wave within the brief’s shapes, with 4-6 important mails inside', () => {
    for (const { wave, scenario } of built) {
      const { shape, start, waveId } = wave.plan
      const times = scenario.records
        .filter((r) => scenario.labels.get(r.id)!.label === 'wave')
        .map(at)
      const span = (wave.end - start) / MIN
      const companies = wave.companies.length
      if (shape === 'burst') expect(span).toBeLessThanOrEqual(25)
      if (shape === 'tail') expect(span).toBeLessThanOrEqual(165)
      if (shape === 'slow') expect(span).toBeGreaterThanOrEqual(60)
      if (shape === 'slow') expect(span).toBeLessThanOrEqual(360)
      if (shape === 'small') expect(companies).toBeLessThanOrEqual(20)
      if (shape === 'large') expect(companies).toBeGreaterThanOrEqual(100)
      expect(companies).toBeLessThanOrEqual(150)
      expect(companies).toBeGreaterThanOrEqual(10)
      if (shape === 'drip') {
        const gaps = times.slice(1).map((t, i) => (t - times[i]!) / MIN)
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5)
        expect(Math.max(...gaps)).toBeLessThanOrEqual(20)
        expect(span).toBeGreaterThanOrEqual(340)
        expect(span).toBeLessThanOrEqual(720)
      }
      const important = scenario.records.filter((r) => {
        const label = scenario.labels.get(r.id)!
        return label.label === 'important' && label.waveId === waveId
      })
      expect(important.length, waveId).toBeGreaterThanOrEqual(4)
      expect(important.length, waveId).toBeLessThanOrEqual(6)
    }
    const shapes = built.map((b) => b.wave.plan.shape)
    for (const shape of ['burst', 'tail', 'slow', 'drip', 'small', 'large'])
      expect(shapes.filter((s) => s === shape).length, shape).toBeGreaterThanOrEqual(5)
    expect(built.at(-1)!.wave.companies).toHaveLength(150)
  })

  it('mixes sender rows, wording sources, variants and payloads as promised', () => {
    expect(share((x) => x.l.sender === 'display')).toBeGreaterThanOrEqual(0.18)
    expect(share((x) => x.l.sender === 'display')).toBeLessThanOrEqual(0.35)
    expect(share((x) => x.l.sender === 'hosted')).toBeGreaterThan(0.15)
    expect(
      waves.filter((x) => x.l.sender === 'display').every((x) => !x.r.from.includes('@')),
    ).toBe(true)
    expect(share((x) => source(x) === 'wording:product')).toBeGreaterThanOrEqual(0.14)
    expect(share((x) => source(x) === 'wording:product')).toBeLessThanOrEqual(0.28)
    for (const s of ['handwritten', 'composed'])
      expect(share((x) => source(x) === `wording:${s}`)).toBeGreaterThan(0.25)
    for (const p of PRODUCTS)
      expect(
        waves.some((x) => x.l.product === p.product),
        p.product,
      ).toBe(true)
    const variants = new Set(waves.map((x) => variantOf({ label: x.l } as ScoredRow)))
    expect([...variants].sort()).toEqual([
      'b2b',
      'forum',
      'optin',
      'reset',
      'signup',
      'ticket',
      'webcopy',
    ])
    const kinds = new Set(waves.map((x) => x.l.payload!.split('/')[0]))
    for (const kind of [...PAYLOAD_KINDS, 'none']) expect(kinds.has(kind), kind).toBe(true)
    expect(new Set(waves.map((x) => x.l.payload!.split('/')[1])).size).toBeGreaterThanOrEqual(6)
    built.forEach(({ wave }, i) => expect(wave.plan.payload.kind === 'none').toBe(i % 4 === 3))
  })

  it('keeps one wording per company and copies the payload back in web-form copies', () => {
    for (const { wave, scenario } of built) {
      const byCompany = new Map<string, Set<string>>()
      for (const r of scenario.records) {
        const label = scenario.labels.get(r.id)!
        if (label.label !== 'wave') continue
        const company = r.id.slice(0, r.id.lastIndexOf('-'))
        byCompany.set(
          company,
          (byCompany.get(company) ?? new Set()).add(`${label.product}|${r.from}`),
        )
        const copies = label.product === 'house/webcopy' || label.product === 'Contact Form 7'
        if (wave.plan.payload.kind !== 'none' && copies)
          expect(r.body).toContain(wave.plan.payload.long)
      }
      for (const [company, set] of byCompany) expect(set.size, company).toBe(1)
    }
  })

  it('places every look-alike class in every language in the quiet inbox and inside waves', () => {
    const look = rows.filter((x) => source(x).startsWith('lookalike:'))
    for (const lang of LANGUAGES)
      for (const cls of LOOK_CLASSES)
        for (const where of ['quiet', 'wave-known', 'wave-new'])
          expect(
            look.some((x) => x.l.lang === lang && source(x) === `lookalike:${where}:${cls}`),
            `${lang} ${cls} ${where}`,
          ).toBe(true)
    expect(look.filter((x) => source(x).startsWith('lookalike:history:')).length).toBeGreaterThan(
      200,
    )
    const sent = look.filter((x) => source(x).startsWith('lookalike:sent:'))
    expect(sent.length).toBeGreaterThan(50)
    for (const x of sent) {
      expect(x.r.folder).toBe('sent')
      const reply = x.s.records.find((r) => r.id === x.r.id.replace(/-sent$/u, ''))!
      expect(at(reply)).toBeGreaterThan(at(x.r))
      expect(`${reply.subject}\n${reply.body}`).toContain(x.r.subject)
    }
  })

  it('has every persona’s work mail and own burst in every language, and inside waves', () => {
    for (const persona of PERSONAS) {
      for (const lang of LANGUAGES) {
        const own = rows.filter((x) => x.s.name === `g-own ${persona} ${lang}`)
        expect(own.some((x) => source(x).startsWith(`work:${persona}:own-day:`))).toBe(true)
        expect(
          own.filter((x) => source(x).startsWith(`burst:${persona}:own-day:`)).length,
        ).toBeGreaterThanOrEqual(6)
      }
      for (const kind of ['work', 'burst'])
        expect(
          rows.some((x) => source(x).startsWith(`${kind}:${persona}:wave-inside:`)),
          `${kind} ${persona}`,
        ).toBe(true)
    }
    expect(built.filter((b) => hasBurst(b.k, b.l))).toHaveLength(10)
    const agentTicket = rows.filter((x) => source(x) === 'work:agent:own-day:ticket-created')
    expect(agentTicket.length).toBeGreaterThan(50)
  })

  it('keeps own bursts within the brief', () => {
    for (const s of scenarios.filter((x) => x.kind === 'g-own')) {
      const burst = s.records.filter((r) => s.labels.get(r.id)!.source!.startsWith('burst:'))
      const senders = new Set(burst.filter((r) => r.folder !== 'sent').map((r) => r.from))
      const minutes = (Math.max(...burst.map(at)) - Math.min(...burst.map(at))) / MIN
      if (s.name.includes(' shop ')) expect(senders.size).toBeGreaterThanOrEqual(8)
      if (s.name.includes(' shop ')) expect(senders.size).toBeLessThanOrEqual(15)
      if (s.name.includes(' dev ')) expect(senders.size).toBeGreaterThanOrEqual(4)
      if (s.name.includes(' dev ')) expect(minutes).toBeLessThanOrEqual(100)
      expect(burst.every((r) => s.labels.get(r.id)!.label === 'own')).toBe(true)
    }
  })

  it('fills the quiet inbox with ham, the real corpus, look-alikes, four weeks of work and bursts', () => {
    const quiet = rows.filter((x) => x.s.kind === 'h-quiet')
    const has = (prefix: string) => quiet.filter((x) => source(x).startsWith(prefix)).length
    expect(has('spamassassin')).toBe(HAM.length)
    expect(has('real/')).toBe(REAL.length)
    expect(has('lookalike:quiet:')).toBe(LANGUAGES.length * LOOK_CLASSES.length * 3)
    expect(has('work:agent:quiet:')).toBeGreaterThan(500)
    const days = new Set(
      quiet.filter((x) => source(x).startsWith('work:')).map((x) => x.r.date.slice(0, 10)),
    )
    expect(days.size).toBeGreaterThanOrEqual(20)
    for (const persona of PERSONAS) expect(has(`burst:${persona}:quiet:`)).toBeGreaterThan(5)
  })

  it('reuses no name of an earlier set and no product an earlier README names', () => {
    const words = [...earlierNameWordsToThirtySixth()]
    expect(words.length).toBeGreaterThan(10_000)
    const mine = [
      ...names.STEMS,
      ...names.LOOK_STEMS,
      ...names.TOOL_STEMS,
      ...names.PERSONA_STEMS,
      ...names.HELPDESK_SERVICES,
      ...names.MAILING_SERVICES,
    ]
    const clashes = mine.filter((n) => words.some((w) => w.startsWith(n) || n.startsWith(w)))
    expect(clashes).toEqual([])
    const readmes = otherSetsReadmes('thirty-seventh')
    expect(readmes.length).toBeGreaterThan(30)
    for (const p of PRODUCTS)
      for (const text of readmes)
        expect(text.includes(p.product.toLowerCase()), p.product).toBe(false)
  })
})
