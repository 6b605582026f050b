// The seventh held-out set's generators (not the detector): determinism, labels, coverage of
// every kind and language, wave and burst shapes, the quiet inbox, and that no company name
// repeats an earlier set. Runs on a stub ham list and stub real mails, so it takes seconds.
// Wave shapes: size, companies, span, arrival shapes, senders, payloads, important mail inside
// and around; the person's own bursts; the quiet inbox.
import { describe, expect, it } from 'vitest'
import { companies as freshCompanies } from '../../test/eval/fresh/companies.ts'
import { allCompanies as thirdCompanies } from '../../test/eval/third/companies.ts'
import { allCompanies as fourthCompanies } from '../../test/eval/fourth/companies.ts'
import { allCompanies as fifthCompanies } from '../../test/eval/fifth/companies.ts'
import { allCompanies as sixthCompanies } from '../../test/eval/sixth/companies.ts'
import { seeded } from '../../test/eval/prng.ts'
import type { RealMail } from '../../test/eval/real-corpus.ts'
import type { HamMail } from '../../test/eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Lang, type Scenario } from '../../test/eval/types.ts'
import { DAY, HOUR, MINUTE, SEVENTH_WINDOW } from '../../test/eval/seventh/clock.ts'
import { allCompanies } from '../../test/eval/seventh/companies.ts'
import { STEMS } from '../../test/eval/seventh/company-words.ts'
import { disguise, DISGUISES } from '../../test/eval/seventh/disguise.ts'
import { PRODUCTS } from '../../test/eval/seventh/products/index.ts'
import {
  buildScenarios,
  ownScenarioWithShape,
  quietScenario,
  WAVE_LANGS,
  waveScenarioWithShape,
} from '../../test/eval/seventh/scenarios.ts'

const HAM: HamMail[] = Array.from({ length: 60 }, (_, i) => ({
  key: `easy-ham-1/${i}`,
  group: i % 3 === 0 ? 'hard-ham-1' : 'easy-ham-1',
  from: `Person ${i} <p${i}@list.example>`,
  subject: i % 2 === 0 ? `[stub-list] Re: topic ${i}` : `note ${i}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), i % 24),
  listId: i % 2 === 0 ? '<stub-list.example>' : null,
  text: `text ${i}`,
}))
const REAL: RealMail[] = [
  {
    file: 'a.eml',
    source: 'helpdesk',
    from: 'Desk <d@x.example>',
    subject: 'Ticket',
    date: Date.UTC(2020, 11, 15, 9),
    text: 'hi',
  },
  {
    file: 'b.eml',
    source: 'reply',
    from: 'Bob <b@x.example>',
    subject: 'Re: lunch',
    date: null,
    text: 'ok',
  },
]

const all = buildScenarios(HAM, REAL)
const waves = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => waveScenarioWithShape(HAM, k, l)),
)
const time = (iso: string) => Date.parse(iso)
const labelsOf = (s: Scenario) => s.records.map((r) => s.labels.get(r.id)!)

describe('seventh set: labels and determinism', () => {
  it('is the same on every run', () => {
    const again = buildScenarios(HAM, REAL)
    expect(again.map((s) => [s.name, s.seed, s.records, [...s.labels]])).toEqual(
      all.map((s) => [s.name, s.seed, s.records, [...s.labels]]),
    )
  })

  it('labels every record exactly once, with unique ids and fixed seeds in 71,000-73,000', () => {
    const ids = all.flatMap((s) => s.records.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of all) {
      expect(s.seed).toBeGreaterThanOrEqual(71_000)
      expect(s.seed).toBeLessThanOrEqual(73_000)
      expect(s.labels.size).toBe(s.records.length)
      for (const r of s.records) expect(s.labels.get(r.id)).toBeDefined()
      const dates = s.records.map((r) => r.date)
      expect(dates).toEqual([...dates].sort())
    }
    const classes = new Set(all.flatMap((s) => labelsOf(s).map((l) => l.label)))
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('has a wave scenario for every kind and language, each kind with wave mail in every language', () => {
    expect(all).toHaveLength(WAVE_KINDS.length * WAVE_LANGS.length + LANGUAGES.length + 1)
    for (const kind of WAVE_KINDS) {
      const mails = all
        .filter((s) => s.kind === kind)
        .flatMap(labelsOf)
        .filter((l) => l.label === 'wave')
      for (const lang of LANGUAGES)
        expect(
          mails.some((l) => l.lang === lang),
          `${kind} ${lang}`,
        ).toBe(true)
      for (const lang of WAVE_LANGS)
        expect(all.some((s) => s.name === `${kind} ${lang}`)).toBe(true)
    }
    for (const lang of LANGUAGES) expect(all.some((s) => s.name === `g-own ${lang}`)).toBe(true)
  })
})

describe('seventh set: products and wordings', () => {
  it('fills every placeholder of the mails it writes', () => {
    for (const s of all)
      for (const r of s.records)
        if (!r.id.includes('-ham-'))
          expect(`${r.from} ${r.subject} ${r.body ?? ''}`, r.id).not.toMatch(/\{[a-z]+\}/u)
  })

  it('uses every product, written in all seven languages, repeating typed input where echo says', () => {
    const used = new Set(all.flatMap(labelsOf).map((l) => `${l.family}/${l.product}`))
    for (const p of PRODUCTS) {
      expect(used.has(`${p.family}/${p.product}`), p.product).toBe(true)
      expect(Object.keys(p.texts).sort()).toEqual([...LANGUAGES].sort())
      for (const lang of LANGUAGES) {
        const t = p.texts[lang]
        const text = `${t.subject}\n${t.body}`
        if (p.echo === 'subject') expect(text, `${p.product} ${lang}`).toContain('{subj}')
        if (p.echo === 'name') expect(text, `${p.product} ${lang}`).toContain('{name}')
        if (p.echo === 'none') expect(text).not.toMatch(/\{(name|subj|msg)\}/u)
      }
    }
  })

  it('disguises change the text and keep it non-empty', () => {
    for (const how of DISGUISES.filter((d) => d !== 'plain'))
      expect(disguise('TAKE DOWN ORDER today', how), how).not.toBe('TAKE DOWN ORDER today')
  })

  it('repeats no company name, and no stem begins an earlier set company name', () => {
    const earlier = new Set<string>()
    for (const lang of LANGUAGES) {
      for (const c of freshCompanies(seeded(1), lang, 100_000, new Set())) earlier.add(c.name)
      for (const list of [thirdCompanies, fourthCompanies, fifthCompanies])
        for (const c of list(lang)) earlier.add(c.name)
      for (const c of sixthCompanies(lang)) earlier.add(c.name)
    }
    expect(earlier.size).toBeGreaterThan(1000)
    const names = LANGUAGES.flatMap((lang: Lang) => allCompanies(lang).map((c) => c.name))
    expect(names.filter((n) => earlier.has(n))).toEqual([])
    const lower = [...earlier].map((n) => n.toLowerCase())
    expect(STEMS.filter((s) => lower.some((n) => n.startsWith(s.toLowerCase())))).toEqual([])
  })
})

describe('seventh set: waves', () => {
  it('has 40-400 mails from 20-150 companies within 3-90 minutes, with repeated submissions', () => {
    for (const { scenario, shape } of waves) {
      const mails = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
      expect(mails.length).toBe(shape.size)
      expect(shape.size).toBeGreaterThanOrEqual(40)
      expect(shape.size).toBeLessThanOrEqual(400)
      expect(shape.companies).toBeGreaterThanOrEqual(20)
      expect(shape.companies).toBeLessThanOrEqual(150)
      expect(shape.perCompany).toHaveLength(shape.companies)
      expect(Math.min(...shape.perCompany)).toBeGreaterThanOrEqual(1)
      expect(shape.perCompany.reduce((a, b) => a + b, 0)).toBe(shape.size)
      const span = (time(mails.at(-1)!.date) - time(mails[0]!.date)) / MINUTE
      expect(span).toBeLessThanOrEqual(91)
      expect(shape.spanMinutes).toBeGreaterThanOrEqual(3)
    }
    expect(waves.some(({ shape }) => Math.max(...shape.perCompany) >= 3)).toBe(true)
  })

  it('comes in bursts with tails, two bursts and slow waves', () => {
    const arrivals = new Set(waves.map(({ shape }) => shape.arrival))
    expect([...arrivals].sort()).toEqual(['burst-tail', 'slow', 'two-bursts'])
    for (const { shape } of waves.filter((w) => w.shape.arrival === 'slow'))
      expect(shape.spanMinutes).toBeGreaterThanOrEqual(45)
  })

  it('shows every sender shape, the display name alone on at least a tenth of wave mail', () => {
    const labels = waves.flatMap(({ scenario }) =>
      [...scenario.labels.values()].filter((l) => l.label === 'wave'),
    )
    const share = (s: string) => labels.filter((l) => l.sender === s).length / labels.length
    expect(share('display')).toBeGreaterThanOrEqual(0.1)
    expect(share('hosted')).toBeGreaterThan(0.05)
    expect(share('own')).toBeGreaterThan(0.3)
    const display = waves.flatMap(({ scenario }) =>
      scenario.records.filter((r) => scenario.labels.get(r.id)!.sender === 'display'),
    )
    for (const r of display) expect(r.from).not.toContain('@')
  })

  it('has waves with payloads in many disguises and waves with none at all', () => {
    const none = waves.filter(({ shape }) => shape.payloads.length === 0)
    expect(none.length).toBeGreaterThan(0)
    for (const { shape } of waves) expect(shape.payloads.length).toBeLessThanOrEqual(3)
    const disguises = new Set(
      waves.flatMap(({ shape }) => shape.payloads.map((p) => p.split('/')[1])),
    )
    for (const d of ['plain', 'cyrillic', 'greek', 'zero-width', 'combining', 'fullwidth', 'bold'])
      expect(disguises.has(d), d).toBe(true)
  })

  it('puts 3-6 important mails inside each wave and 2-3 outside it the same day', () => {
    for (const { scenario, shape } of waves) {
      const mails = scenario.records.filter((r) => scenario.labels.get(r.id)!.label === 'wave')
      const first = time(mails[0]!.date)
      const important = scenario.records.filter(
        (r) => scenario.labels.get(r.id)!.label === 'important',
      )
      const inside = important.filter((r) => scenario.labels.get(r.id)!.waveId !== undefined)
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
      expect(important.length - inside.length).toBeGreaterThanOrEqual(2)
      for (const r of inside) {
        expect(time(r.date)).toBeGreaterThan(first)
        expect(time(r.date)).toBeLessThan(shape.end)
      }
    }
  })
})

describe('seventh set: bursts the person caused and the quiet inbox', () => {
  it('writes to 8-12 companies within an hour, each acknowledged 1-10 minutes later, all own', () => {
    for (const { scenario, shape } of LANGUAGES.map((_, l) => ownScenarioWithShape(HAM, l))) {
      expect(shape.sent.length).toBeGreaterThanOrEqual(8)
      expect(shape.sent.length).toBeLessThanOrEqual(12)
      expect(shape.sent.at(-1)! - shape.sent[0]!).toBeLessThanOrEqual(HOUR)
      for (const ack of shape.acks) {
        expect(ack.at - ack.sent).toBeGreaterThanOrEqual(MINUTE)
        expect(ack.at - ack.sent).toBeLessThan(11 * MINUTE)
        expect(ack.from).toMatch(/@([a-z0-9.]+\.(zendesk|freshdesk)\.com|[a-z0-9]+\.[a-z.]+)>$/u)
      }
      const own = [...scenario.labels.values()].filter((x) => x.label === 'own')
      expect(own.filter((x) => x.product === 'own-signup')).toHaveLength(1)
      const news = own.filter((x) => x.product === 'own-newsletter')
      expect(news.length).toBeGreaterThanOrEqual(2)
      expect(news.length).toBeLessThanOrEqual(3)
      const sent = scenario.records.filter((r) => r.folder === 'sent')
      for (const r of sent) expect(scenario.labels.get(r.id)!.label).toBe('own')
    }
  })

  it('keeps every ham mail within the window, with list replies, forge, calendar and a ticket', () => {
    const quiet = quietScenario(HAM, REAL)
    const start = SEVENTH_WINDOW.start
    const end = start + SEVENTH_WINDOW.days * DAY
    for (const r of quiet.records) {
      expect(time(r.date)).toBeGreaterThanOrEqual(start - HOUR)
      expect(time(r.date)).toBeLessThan(end + HOUR)
    }
    const sources = new Set([...quiet.labels.values()].map((l) => l.source))
    for (const s of [
      'github',
      'gitlab',
      'calendar',
      'newsletter',
      'digest',
      'list',
      'shipping',
      'own-ticket',
      'real-helpdesk',
    ])
      expect(sources.has(s), s).toBe(true)
    expect(quiet.records.filter((r) => /^\[[^\]]+\] Re: /u.test(r.subject)).length).toBeGreaterThan(
      10,
    )
    expect(quiet.records.filter((r) => r.id.startsWith('seventh-h-ham-'))).toHaveLength(HAM.length)
  })
})
