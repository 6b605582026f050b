// The eighth held-out set's generator (test/eval/eighth): deterministic, completely labelled, every
// kind in every language, wave shapes as the README says, own bursts timed as the person caused
// them, and no company repeating an earlier set. It checks the set, never the detector's verdicts.
import { describe, expect, it } from 'vitest'
import { allCompanies as fifthCompanies } from '../eval/fifth/companies.ts'
import { companies as freshCompanies } from '../eval/fresh/companies.ts'
import { allCompanies as fourthCompanies } from '../eval/fourth/companies.ts'
import { seeded } from '../eval/prng.ts'
import { allCompanies as seventhCompanies } from '../eval/seventh/companies.ts'
import { allCompanies as sixthCompanies } from '../eval/sixth/companies.ts'
import { allCompanies as thirdCompanies } from '../eval/third/companies.ts'
import type { RealMail } from '../eval/real-corpus.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang } from '../eval/types.ts'
import { DAY, EIGHTH_WINDOW, MINUTE } from '../eval/eighth/clock.ts'
import { allCompanies, slugOf, STEMS } from '../eval/eighth/companies.ts'
import { PRODUCTS } from '../eval/eighth/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../eval/eighth/scenarios.ts'

const HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: i % 2 ? 'easy-ham-1' : 'hard-ham-1',
  from: `Person ${i} <p${i}@list.example>`,
  subject: `Note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), 9 + (i % 10)),
  listId: i % 3 ? null : 'list.example',
  text: `Body of note ${i}`,
}))

const REAL: RealMail[] = [
  {
    file: 'zendesk-real/a.eml',
    source: 'helpdesk',
    from: 'Desk <s@desk.example>',
    subject: 'Re: x',
    date: Date.UTC(2024, 1, 2),
    text: 'reply',
  },
  {
    file: 'ham-generic/talon/b.eml',
    source: 'reply',
    from: 'Ann <a@b.example>',
    subject: 'Re: y',
    date: null,
    text: 'note',
  },
]

const scenarios = buildScenarios(HAM, REAL)
const shapes = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)

describe('eighth set: determinism and labels', () => {
  it('builds the same records and labels on every run', () => {
    const again = buildScenarios(HAM, REAL)
    expect(JSON.stringify(again.map((s) => [s.records, [...s.labels]]))).toBe(
      JSON.stringify(scenarios.map((s) => [s.records, [...s.labels]])),
    )
  })

  it('labels every record exactly once and uses every label class', () => {
    const classes = new Set<string>()
    for (const s of scenarios) {
      expect(new Set(s.records.map((r) => r.id)).size).toBe(s.records.length)
      expect(s.labels.size).toBe(s.records.length)
      for (const r of s.records) {
        const label = s.labels.get(r.id)
        expect(label, r.id).toBeDefined()
        classes.add(label!.label)
      }
    }
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('uses seeds between 81,000 and 83,000 and one scenario per kind and language', () => {
    expect(scenarios).toHaveLength(WAVE_KINDS.length * WAVE_LANGS.length + LANGUAGES.length + 1)
    for (const s of scenarios) expect(s.seed >= 81_000 && s.seed <= 83_000, s.name).toBe(true)
  })
})

describe('eighth set: coverage', () => {
  it('has wave mail of every kind in every language, and every product in a wave', () => {
    const seen = new Set<string>()
    const products = new Set<string>()
    for (const s of scenarios)
      for (const label of s.labels.values())
        if (label.label === 'wave') {
          seen.add(`${s.kind}/${label.lang}`)
          products.add(`${label.family}/${label.product}`)
        }
    for (const kind of WAVE_KINDS)
      for (const lang of LANGUAGES) expect(seen).toContain(`${kind}/${lang}`)
    for (const p of PRODUCTS) expect(products).toContain(`${p.family}/${p.product}`)
  })

  it('writes every product in all seven languages with a subject and a body', () => {
    for (const p of PRODUCTS)
      for (const lang of LANGUAGES) {
        const text = p.texts[lang]({
          company: 'Acme',
          name: 'NAMEFIELD',
          subject: 'SUBJECTFIELD',
          message: 'MESSAGEFIELD',
          email: 'a@b.example',
          ref: '123456',
          code: '654321',
          link: 'https://acme.example/x',
          site: 'acme.example',
        })
        expect(text.subject.length, `${p.product} ${lang}`).toBeGreaterThan(3)
        expect(text.body.length, `${p.product} ${lang}`).toBeGreaterThan(40)
        const echoed = { subject: 'SUBJECTFIELD', message: 'MESSAGEFIELD', name: 'NAMEFIELD' }
        if (p.echo !== 'none')
          expect(`${text.subject}\n${text.body}`, `${p.product} ${lang}`).toContain(echoed[p.echo])
      }
  })

  it('shows at least a tenth of wave mail with a display name only, and every sender shape', () => {
    const senders = shapes.flatMap((s) => [...s.shape.labels.values()].map((l) => l.sender))
    expect(senders.filter((s) => s === 'display').length / senders.length).toBeGreaterThanOrEqual(
      0.1,
    )
    expect(new Set(senders)).toEqual(new Set(['own', 'hosted', 'display']))
    const froms = shapes.flatMap((s) => s.shape.records.map((r) => r.from))
    expect(froms.some((f) => /@(mail|em)\./u.test(f))).toBe(true)
    expect(froms.some((f) => /\.ccsend\.com>/u.test(f))).toBe(true)
  })
})

describe('eighth set: wave shapes', () => {
  it('keeps every wave within 40-400 mails, 20-150 companies and 3-90 minutes', () => {
    for (const { shape, scenario } of shapes) {
      expect(shape.size, scenario.name).toBeGreaterThanOrEqual(40)
      expect(shape.size, scenario.name).toBeLessThanOrEqual(400)
      expect(shape.companies).toBeGreaterThanOrEqual(20)
      expect(shape.companies).toBeLessThanOrEqual(150)
      expect(shape.spanMinutes).toBeGreaterThanOrEqual(3)
      expect(shape.spanMinutes).toBeLessThanOrEqual(90)
      const times = shape.records.map((r) => Date.parse(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBe(shape.spanMinutes * MINUTE)
      // Every company answers, some more than once (repeated submissions).
      const senders = new Set(shape.records.map((r) => r.from.replace(/<.*>/u, '').trim()))
      expect(senders.size).toBeLessThanOrEqual(shape.companies)
      expect(shape.size).toBeGreaterThan(shape.companies)
    }
  })

  it('has one slow wave per kind, bursts and tails, and waves with and without payloads', () => {
    for (let k = 0; k < WAVE_KINDS.length; k++)
      expect(shapes.filter((s) => s.k === k && s.shape.arrival === 'slow')).toHaveLength(1)
    const arrivals = new Set(shapes.map((s) => s.shape.arrival))
    expect(arrivals).toEqual(new Set(['slow', 'burst-tail', 'two-bursts']))
    expect(shapes.some((s) => s.shape.payloads.length === 0)).toBe(true)
    expect(shapes.some((s) => s.shape.payloads.length > 0)).toBe(true)
  })

  it('puts 3-6 important mails inside each wave and a few outside it', () => {
    for (const { scenario, shape } of shapes) {
      const important = [...scenario.labels.entries()].filter(([, l]) => l.label === 'important')
      const inside = important.filter(([, l]) => l.waveId !== undefined)
      expect(inside.length, scenario.name).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
      expect(important.length - inside.length).toBeGreaterThanOrEqual(2)
      const start = Date.parse(shape.records[0]!.date)
      for (const [id] of inside) {
        const at = Date.parse(scenario.records.find((r) => r.id === id)!.date)
        expect(at >= start && at <= shape.end).toBe(true)
      }
    }
  })
})

describe('eighth set: own bursts and quiet inbox', () => {
  it('sends 8-12 mails within an hour, each acknowledged 1-10 minutes later, all labelled own', () => {
    LANGUAGES.forEach((_, l) => {
      const { shape } = ownScenarioWithShape(HAM, l)
      expect(shape.sent).toBeGreaterThanOrEqual(8)
      expect(shape.sent).toBeLessThanOrEqual(12)
      expect(shape.lastSent - shape.firstSent).toBeLessThanOrEqual(60 * MINUTE)
      for (const ack of shape.acks) {
        expect(ack.at - ack.sentAt).toBeGreaterThanOrEqual(MINUTE)
        expect(ack.at - ack.sentAt).toBeLessThan(11 * MINUTE)
      }
      for (const label of shape.labels.values()) expect(label.label).toBe('own')
      expect([...shape.labels.values()].filter((x) => x.product === 'sent')).toHaveLength(
        shape.sent,
      )
    })
  })

  it('keeps the quiet inbox inside its three-week window', () => {
    const quiet = scenarios.at(-1)!
    expect(quiet.kind).toBe('h-quiet')
    for (const r of quiet.records) {
      const at = Date.parse(r.date)
      expect(at).toBeGreaterThanOrEqual(EIGHTH_WINDOW.start - DAY)
      expect(at).toBeLessThanOrEqual(EIGHTH_WINDOW.start + (EIGHTH_WINDOW.days + 1) * DAY)
    }
    expect(quiet.records.some((r) => /^\[[\w-]+\] (Re|RE|AW): /u.test(r.subject))).toBe(true)
    const sources = [...quiet.labels.values()].map((l) => l.source ?? '')
    expect(sources.filter((s) => s.startsWith('real/'))).toHaveLength(REAL.length)
    expect(sources.filter((s) => s.startsWith('spamassassin/'))).toHaveLength(HAM.length)
  })
})

function earlierNames(lang: Lang): string[] {
  const lists: (() => { name: string }[])[] = [
    () => freshCompanies(seeded(1), lang, 1_000_000, new Set()),
    () => thirdCompanies(lang),
    () => fourthCompanies(lang),
    () => fifthCompanies(lang),
    () => sixthCompanies(lang as never),
    () => seventhCompanies(lang),
  ]
  return lists.flatMap((list) => {
    try {
      return list().map((c) => slugOf(c.name))
    } catch {
      return [] // a set that did not write this language
    }
  })
}

describe('eighth set: companies', () => {
  it('repeats no company name or stem of an earlier set', () => {
    for (const lang of LANGUAGES) {
      const earlier = earlierNames(lang)
      expect(earlier.length).toBeGreaterThan(0)
      for (const stem of STEMS) {
        const s = slugOf(stem)
        expect(
          earlier.filter((name) => name.startsWith(s)),
          stem,
        ).toEqual([])
      }
      const taken = new Set(earlier)
      for (const c of allCompanies(lang)) expect(taken.has(slugOf(c.name)), c.name).toBe(false)
    }
  })
})
