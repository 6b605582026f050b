// Helpers of the twenty-ninth set's unit test: every wave scenario built with its shape (on the
// stub ham), the wave mail of one wave, a span in minutes, and the other sets' READMEs.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { WAVE_KINDS } from '../eval/types.ts'
import {
  DRIP_WAVE,
  HOURS_WAVE,
  LARGEST_WAVE,
  SLOW_WAVE,
  SMALL_WAVE,
} from '../eval/twenty-ninth/plans.ts'
import { WAVE_LANGS, waveScenarioWithShape } from '../eval/twenty-ninth/scenarios.ts'
import { HAM } from './eval-twentieth-fixtures.ts'

export const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
export const is = (w: readonly [number, number], k: number, l: number) => w[0] === k && w[1] === l
export const named = [SLOW_WAVE, HOURS_WAVE, DRIP_WAVE, SMALL_WAVE, LARGEST_WAVE]

export function members(b: (typeof built)[number], waveId = b.shape.plan.waveId) {
  return b.scenario.records.filter((r) => {
    const l = b.scenario.labels.get(r.id)!
    return l.label === 'wave' && l.waveId === waveId
  })
}
export const spanMinutes = (records: readonly { date: string }[]) => {
  const d = records.map((r) => Date.parse(r.date))
  return (Math.max(...d) - Math.min(...d)) / 60_000
}

/** The README of every other set folder under test/eval, lower-cased. */
export function otherReadmes(): string[] {
  const root = new URL('../eval/', import.meta.url).pathname
  return readdirSync(root)
    .filter((d) => d !== 'twenty-ninth' && existsSync(`${root}${d}/README.md`))
    .map((d) => readFileSync(`${root}${d}/README.md`, 'utf8').toLowerCase())
}

/** Size, span and arrival of one wave, the named exceptions apart; 3-6 important inside. */
export function expectWaveShape(b: (typeof built)[number]): void {
  const list = members(b)
  const span = spanMinutes(list)
  const imp = b.scenario.records.filter((r) => {
    const l = b.scenario.labels.get(r.id)!
    return l.label === 'important' && l.waveId === b.shape.plan.waveId
  })
  expect(imp.length).toBeGreaterThanOrEqual(3)
  expect(imp.length).toBeLessThanOrEqual(6)
  const perCompany = new Map<string, number>()
  for (const r of list) perCompany.set(r.from, (perCompany.get(r.from) ?? 0) + 1)
  // one to four submissions a company, and at most two follow-ups within minutes
  expect(Math.max(...perCompany.values())).toBeLessThanOrEqual(6)
  if (is(SMALL_WAVE, b.k, b.l)) {
    expect(list.length).toBeGreaterThanOrEqual(10)
    expect(list.length).toBeLessThanOrEqual(20)
    expect(b.shape.companyList.length).toBeGreaterThanOrEqual(10)
    expect(b.shape.companyList.length).toBeLessThanOrEqual(15)
  } else {
    expect(list.length).toBeGreaterThanOrEqual(40)
    expect(list.length).toBeLessThanOrEqual(400)
    expect(b.shape.companyList.length).toBeGreaterThanOrEqual(20)
    expect(b.shape.companyList.length).toBeLessThanOrEqual(150)
  }
  if (is(HOURS_WAVE, b.k, b.l)) expect(span).toBeGreaterThanOrEqual(150)
  else if (is(DRIP_WAVE, b.k, b.l)) {
    expect(span).toBeGreaterThan(20 * 60)
    for (let h = 0; h < 24; h++) {
      const inHour = list.filter(
        (r) => Math.floor((Date.parse(r.date) - b.shape.plan.start) / 3_600_000) === h,
      )
      expect(inHour.length).toBeGreaterThanOrEqual(1)
      expect(inHour.length).toBeLessThanOrEqual(4)
    }
  } else expect(span).toBeLessThanOrEqual(90)
  if (!named.some((w) => is(w, b.k, b.l))) expect(span).toBeGreaterThanOrEqual(3)
}

/** Companies of a wave that followed up within six minutes in other words (another source). */
export function followingUp(b: (typeof built)[number]): number {
  const byFrom = new Map<string, { at: number; source: string }[]>()
  for (const r of members(b)) {
    const source = b.scenario.labels.get(r.id)!.source!
    byFrom.set(r.from, [...(byFrom.get(r.from) ?? []), { at: Date.parse(r.date), source }])
  }
  return [...byFrom.values()].filter((list) =>
    list.some((x, i) =>
      list.slice(i + 1).some((y) => Math.abs(y.at - x.at) <= 360_000 && y.source !== x.source),
    ),
  ).length
}
