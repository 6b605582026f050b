// The fourth held-out set (test/eval/fourth): fixed seeds give the same inboxes, every label
// class, kind and language is there, and waves, bursts and the quiet inbox have the stated
// shapes. Runs on a small stub instead of the SpamAssassin corpus, so it stays fast.
import { beforeAll, describe, expect, it } from 'vitest'
import { seeded } from '../eval/prng.ts'
import type { HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type MailLabel, type Scenario } from '../eval/types.ts'
import { allCompanies as thirdCompanies } from '../eval/third/companies.ts'
import { companies as freshCompanies } from '../eval/fresh/companies.ts'
import { FOURTH_WINDOW, DAY, MINUTE } from '../eval/fourth/clock.ts'
import { allCompanies } from '../eval/fourth/companies.ts'
import { PEOPLE } from '../eval/fourth/people.ts'
import { PRODUCTS, FAMILIES, productsOf } from '../eval/fourth/products/index.ts'
import {
  buildScenarios,
  quietScenario,
  waveScenario,
  WAVE_LANGS,
} from '../eval/fourth/scenarios.ts'
import { buildWave } from '../eval/fourth/waves.ts'

const STUB_HAM: HamMail[] = Array.from({ length: 40 }, (_, i) => ({
  key: `stub/${i}`,
  group: i % 4 === 0 ? 'hard-ham-1' : 'easy-ham-1',
  from: `List member ${i} <member${i}@lists.example.org>`,
  subject: `[stub-list] Re: topic ${i % 7}`,
  date: Date.UTC(2002, 7, 1 + (i % 28), 8 + (i % 12), i),
  listId: i % 3 === 0 ? null : 'stub-list.lists.example.org',
  text: `Reply number ${i} on the stub list.`,
}))

const time = (date: string) => Date.parse(date)
const isSpamAssassin = (label: MailLabel) => label.source?.startsWith('spamassassin') ?? false

function labelled(scenario: Scenario, label: MailLabel['label']) {
  return scenario.records.filter((r) => scenario.labels.get(r.id)?.label === label)
}

let scenarios: Scenario[]
beforeAll(() => {
  scenarios = buildScenarios(STUB_HAM)
})

describe('fourth evaluation set', () => {
  it('is the same on every run (fixed seeds)', () => {
    const again = [waveScenario(STUB_HAM, 0, 0), waveScenario(STUB_HAM, 4, 7)]
    const first = [scenarios[0]!, scenarios.find((s) => s.name === 'e-mixed multi')!]
    expect(again.map((s) => JSON.stringify([s.records, [...s.labels]]))).toEqual(
      first.map((s) => JSON.stringify([s.records, [...s.labels]])),
    )
    const quiet = quietScenario(STUB_HAM)
    expect(JSON.stringify(quiet.records)).toBe(JSON.stringify(scenarios.at(-1)!.records))
  })

  it('has the scenario grid: kinds a–e × seven languages + multilingual, g per language, one h', () => {
    const names = scenarios.map((s) => s.name)
    for (const kind of WAVE_KINDS)
      for (const lang of WAVE_LANGS) expect(names).toContain(`${kind} ${lang}`)
    for (const lang of LANGUAGES) expect(names).toContain(`g-own ${lang}`)
    expect(scenarios.filter((s) => s.kind === 'h-quiet')).toHaveLength(1)
    expect(scenarios).toHaveLength(WAVE_KINDS.length * WAVE_LANGS.length + LANGUAGES.length + 1)
  })

  it('labels every record once, in date order, with no placeholder left unfilled', () => {
    const classes = new Set<string>()
    const ids = new Set<string>()
    const problems: string[] = []
    for (const s of scenarios) {
      if (s.labels.size !== s.records.length) problems.push(`${s.name}: labels and records differ`)
      s.records.forEach((r, i) => {
        const label = s.labels.get(r.id)
        if (!label) problems.push(`${r.id}: no label`)
        if (ids.has(r.id)) problems.push(`${r.id}: repeated id`)
        ids.add(r.id)
        classes.add(label?.label ?? '')
        if (!Number.isFinite(time(r.date))) problems.push(`${r.id}: bad date`)
        if (i > 0 && r.date < s.records[i - 1]!.date) problems.push(`${r.id}: out of order`)
        if (label && !isSpamAssassin(label) && /\{\w+\}/u.test(`${r.subject}\n${r.body}`))
          problems.push(`${r.id}: unfilled placeholder`)
      })
    }
    expect(problems).toEqual([])
    expect([...classes].sort()).toEqual(['ham', 'important', 'own', 'wave'])
  })

  it('covers every kind in every language with the right families', () => {
    const familyOf = { a: ['helpdesk'], b: ['verification'], c: ['subscription'], d: ['reset'] }
    for (const kind of WAVE_KINDS) {
      const waves = scenarios
        .filter((s) => s.kind === kind)
        .flatMap((s) => labelled(s, 'wave').map((r) => s.labels.get(r.id)!))
      expect(new Set(waves.map((l) => l.lang))).toEqual(new Set(LANGUAGES))
      const families = new Set(waves.map((l) => l.family))
      const expected = familyOf[kind[0] as keyof typeof familyOf] ?? FAMILIES
      expect([...families].sort()).toEqual([...expected].sort())
      expect(new Set(waves.map((l) => l.sender))).toEqual(new Set(['own', 'hosted', 'display']))
    }
    const singleLanguage = scenarios.filter(
      (s) => s.kind !== 'g-own' && s.kind !== 'h-quiet' && !s.name.endsWith('multi'),
    )
    for (const s of singleLanguage) {
      const langs = labelled(s, 'wave').map((r) => s.labels.get(r.id)!.lang)
      const inWaveLanguage = langs.filter((l) => s.name.endsWith(` ${l}`)).length
      expect(inWaveLanguage / langs.length, s.name).toBeGreaterThan(0.5)
    }
  })

  it('builds waves of 50–400 mails from 20–150 companies within 90 minutes, bunched at the start', () => {
    for (let seed = 1; seed <= 16; seed++) {
      const rng = seeded(seed)
      const kind = WAVE_KINDS[seed % WAVE_KINDS.length]!
      const lang = WAVE_LANGS[seed % WAVE_LANGS.length]!
      const start = FOURTH_WINDOW.start + 5 * DAY
      const wave = buildWave(rng, { waveId: `w${seed}`, kind, lang, start, person: PEOPLE.en })
      const times = wave.records.map((r) => time(r.date)).sort((a, b) => a - b)
      const span = times.at(-1)! - times[0]!
      expect(times.length).toBeGreaterThanOrEqual(50)
      expect(times.length).toBeLessThanOrEqual(400)
      expect(wave.companyCount).toBeGreaterThanOrEqual(20)
      expect(wave.companyCount).toBeLessThanOrEqual(Math.min(150, times.length))
      expect(span).toBeLessThanOrEqual(90 * MINUTE)
      expect(wave.payloads.length).toBeGreaterThanOrEqual(1)
      expect(wave.payloads.length).toBeLessThanOrEqual(3)
      const firstQuarter = times.filter((t) => t - times[0]! <= span / 4).length
      const lastQuarter = times.filter((t) => t - times[0]! >= (span * 3) / 4).length
      expect(firstQuarter).toBeGreaterThan(lastQuarter)
    }
  })

  it('puts 3–6 important mails inside each wave and 2–3 outside it the same day', () => {
    for (const s of scenarios.filter((s) => s.kind !== 'g-own' && s.kind !== 'h-quiet')) {
      const waveTimes = labelled(s, 'wave').map((r) => time(r.date))
      const [first, last] = [Math.min(...waveTimes), Math.max(...waveTimes)]
      const important = labelled(s, 'important')
      const inside = important.filter((r) => s.labels.get(r.id)!.waveId !== undefined)
      const outside = important.filter((r) => s.labels.get(r.id)!.waveId === undefined)
      expect(inside.length).toBeGreaterThanOrEqual(3)
      expect(inside.length).toBeLessThanOrEqual(6)
      expect(outside.length).toBeGreaterThanOrEqual(2)
      expect(outside.length).toBeLessThanOrEqual(3)
      for (const r of inside) expect(time(r.date) > first && time(r.date) <= last).toBe(true)
      for (const r of outside) {
        expect(time(r.date) < first || time(r.date) > last).toBe(true)
        expect(Math.floor(time(r.date) / DAY)).toBe(Math.floor(first / DAY))
      }
    }
  })

  it('makes own bursts: 8–12 sent mails within an hour, each acknowledged 1–10 minutes later', () => {
    for (const s of scenarios.filter((s) => s.kind === 'g-own')) {
      const sent = s.records.filter((r) => r.folder === 'sent')
      expect(sent.length).toBeGreaterThanOrEqual(8)
      expect(sent.length).toBeLessThanOrEqual(12)
      const times = sent.map((r) => time(r.date))
      expect(Math.max(...times) - Math.min(...times)).toBeLessThan(60 * MINUTE)
      for (const r of sent) {
        const ack = s.records.find((a) => a.id === r.id.replace('-sent-', '-ack-'))!
        const delay = time(ack.date) - time(r.date)
        expect(delay).toBeGreaterThanOrEqual(MINUTE)
        expect(delay).toBeLessThanOrEqual(10 * MINUTE)
        expect(ack.subject).toContain(r.subject.split(' – ')[0]!.slice(0, 20))
      }
      const signup = s.records.find((r) => r.id.endsWith('-signup'))!
      expect(time(signup.date) - Math.max(...times)).toBeGreaterThan(2 * DAY)
      expect(labelled(s, 'own').length).toBe(sent.length * 2 + 1)
    }
  })

  it('fills the quiet inbox with the ham, ~300 everyday mails and the reply prefixes', () => {
    const quiet = scenarios.find((s) => s.kind === 'h-quiet')!
    const everyday = quiet.records.filter((r) => !isSpamAssassin(quiet.labels.get(r.id)!))
    expect(quiet.records.length - everyday.length).toBe(STUB_HAM.length)
    expect(everyday.length).toBeGreaterThanOrEqual(250)
    const end = FOURTH_WINDOW.start + FOURTH_WINDOW.days * DAY
    for (const r of everyday)
      expect(time(r.date) >= FOURTH_WINDOW.start && time(r.date) < end, r.subject).toBe(true)
    const subjects = everyday.map((r) => r.subject).join('\n')
    for (const prefix of ['Re: ', 'AW: ', 'SV: ', 'Odp: ', 'Réf : ', 'RES: ', 'R: ', 'Antw: '])
      expect(subjects).toContain(prefix)
    const sources = new Set(everyday.map((r) => quiet.labels.get(r.id)!.source))
    for (const source of [
      'requested two-factor code',
      'requested password reset',
      'support ticket the person opened',
      'school',
      'calendar',
    ])
      expect(sources).toContain(source)
    expect(everyday.some((r) => r.folder === 'sent')).toBe(true)
    expect(new Set(quiet.records.map((r) => quiet.labels.get(r.id)!.label))).toEqual(
      new Set(['ham']),
    )
  })

  it('writes every product in all seven languages and repeats no earlier company name', () => {
    for (const family of FAMILIES) expect(productsOf(family).length).toBeGreaterThanOrEqual(10)
    for (const p of PRODUCTS) {
      expect(p.source.length, p.product).toBeGreaterThan(10)
      for (const lang of LANGUAGES)
        expect(p.texts[lang].length, `${p.product} ${lang}`).toBeGreaterThan(0)
    }
    const earlier = new Set(
      LANGUAGES.flatMap((lang) => [
        ...thirdCompanies(lang).map((c) => c.name),
        ...freshCompanies(seeded(1), lang, 10_000, new Set()).map((c) => c.name),
      ]),
    )
    const mine = LANGUAGES.flatMap((lang) => allCompanies(lang).map((c) => c.name))
    expect(mine.filter((name) => earlier.has(name))).toEqual([])
  })
})
