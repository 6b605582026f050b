// The held-out evaluation's inboxes: the same seed gives the same mail, every mail has a label,
// every language and scenario kind is present, waves have the promised shape, and the real quiet
// inbox holds the SpamAssassin ham re-dated into the window.
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeWords, fromLine } from '../eval/mail-text.ts'
import { redate, WINDOW, windowEnd } from '../eval/redate.ts'
import { allScenarios, ownScenario, waveScenario } from '../eval/scenarios.ts'
import { loadHam, type HamMail } from '../eval/spam-assassin.ts'
import { LANGUAGES, WAVE_KINDS, type Scenario } from '../eval/types.ts'

const LOAD = 180_000
let ham: HamMail[] = []
let scenarios: Scenario[] = []

beforeAll(async () => {
  ham = await loadHam()
  scenarios = await allScenarios()
}, LOAD)

describe('held-out generators', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const first = waveScenario('a-acknowledgement', 'de', 7, ham)
    const again = waveScenario('a-acknowledgement', 'de', 7, ham)
    expect(again.records).toEqual(first.records)
    expect([...again.labels]).toEqual([...first.labels])
    expect(waveScenario('a-acknowledgement', 'de', 8, ham).records).not.toEqual(first.records)
    expect(ownScenario('fr', 3, ham).records).toEqual(ownScenario('fr', 3, ham).records)
  })

  it('label every mail, and only those', () => {
    for (const scenario of scenarios) {
      const ids = scenario.records.map((r) => r.id)
      expect(new Set(ids).size, scenario.name).toBe(ids.length)
      expect([...scenario.labels.keys()].sort(), scenario.name).toEqual([...ids].sort())
      for (const [id, label] of scenario.labels)
        if (label.label === 'wave')
          expect(label.lang && label.family && label.product && label.waveId, id).toBeTruthy()
    }
  })

  it('keep every scenario in date order', () => {
    for (const scenario of scenarios) {
      const dates = scenario.records.map((r) => Date.parse(r.date))
      expect(dates, scenario.name).toEqual([...dates].sort((a, b) => a - b))
    }
  })

  it('cover every kind, and every language within each wave kind', () => {
    const kinds = new Set(scenarios.map((s) => s.kind))
    for (const kind of [...WAVE_KINDS, 'g-own', 'h-quiet'] as const)
      expect(kinds, kind).toContain(kind)
    for (const kind of WAVE_KINDS) {
      const langs = new Set(
        scenarios
          .filter((s) => s.kind === kind)
          .flatMap((s) =>
            [...s.labels.values()].filter((l) => l.label === 'wave').map((l) => l.lang),
          ),
      )
      for (const lang of LANGUAGES) expect(langs, `${kind} ${lang}`).toContain(lang)
    }
  })

  it('make waves of 100–300 mails from 30–80 senders within 30 minutes, with important mail inside', () => {
    for (const scenario of scenarios.filter((s) =>
      (WAVE_KINDS as readonly string[]).includes(s.kind),
    )) {
      const wave = scenario.records.filter((r) => scenario.labels.get(r.id)?.label === 'wave')
      const dates = wave.map((r) => Date.parse(r.date))
      expect(wave.length, scenario.name).toBeGreaterThanOrEqual(100)
      expect(wave.length, scenario.name).toBeLessThanOrEqual(300)
      const senders = new Set(wave.map((r) => r.from)).size
      expect(senders, scenario.name).toBeGreaterThanOrEqual(30)
      expect(senders, scenario.name).toBeLessThanOrEqual(80)
      expect(Math.max(...dates) - Math.min(...dates), scenario.name).toBeLessThanOrEqual(
        30 * 60_000,
      )
      const inside = [...scenario.labels.values()].filter(
        (l) => l.label === 'important' && l.waveId,
      )
      expect(inside.length, scenario.name).toBeGreaterThanOrEqual(3)
    }
  })

  it('give bursts the person caused sent mail and acknowledgements echoing its subject', () => {
    for (const scenario of scenarios.filter((s) => s.kind === 'g-own')) {
      const sent = scenario.records.filter((r) => r.folder === 'sent')
      expect(sent.length, scenario.name).toBeGreaterThanOrEqual(10)
      const acks = scenario.records.filter((r) => r.id.includes('-ack'))
      expect(acks.length).toBe(sent.length)
      for (const ack of acks)
        expect(
          sent.some((s) => ack.subject.includes(s.subject)),
          ack.subject,
        ).toBe(true)
    }
  })

  it('load at least 2,000 SpamAssassin ham mails and date the quiet inbox inside the window', () => {
    expect(ham.length).toBeGreaterThanOrEqual(2_000)
    const quiet = scenarios.find((s) => s.kind === 'h-quiet')!
    expect(quiet.records.filter((r) => r.id.startsWith('sa-')).length).toBe(ham.length)
    expect(quiet.records.some((r) => r.id.startsWith('real-'))).toBe(true)
    for (const record of quiet.records) {
      const date = Date.parse(record.date)
      expect(date, record.id).toBeGreaterThanOrEqual(WINDOW.start)
      expect(date, record.id).toBeLessThan(windowEnd())
    }
    expect(quiet.records.filter((r) => /^\[[^\]]+\] Re:/iu.test(r.subject)).length).toBeGreaterThan(
      20,
    )
  })
})

describe('held-out helpers', () => {
  it('re-date keeping the time of day and the order of days', () => {
    const day = 86_400_000
    const old = [
      Date.UTC(2002, 5, 1, 9, 30),
      Date.UTC(2002, 5, 1, 23, 5),
      Date.UTC(2002, 6, 15, 4, 0),
    ]
    const dates = redate(old, { start: Date.UTC(2026, 2, 2), days: 21 })
    expect(dates.map((d) => d % day)).toEqual(old.map((d) => d % day))
    expect(dates[0]).toBeLessThan(dates[1]!)
    expect(Math.floor(dates[2]! / day)).toBeGreaterThan(Math.floor(dates[1]! / day))
    for (const date of dates) expect(date).toBeGreaterThanOrEqual(Date.UTC(2026, 2, 2))
  })

  it('read encoded words and both From forms', () => {
    expect(decodeWords('=?iso-8859-1?Q?Caf=E9_cr=E8me?= ok')).toBe('Café crème ok')
    expect(decodeWords('=?utf-8?B?w6TDtsO8?=')).toBe('äöü')
    expect(fromLine('kre@munnari.OZ.AU (Robert Elz)')).toBe('Robert Elz <kre@munnari.OZ.AU>')
    expect(fromLine('"Doe, Jane" <jane@example.org>')).toBe('Doe, Jane <jane@example.org>')
  })
})
