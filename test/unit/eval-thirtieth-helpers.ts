// Helpers of the thirtieth set's unit test: every wave scenario built with its shapes (on the
// stub ham), the wave mail of one wave and a span in minutes.
import { WAVE_KINDS } from '../eval/types.ts'
import { WAVE_LANGS, waveScenarioWithShape } from '../eval/thirtieth/scenarios.ts'
import type { WaveShape } from '../eval/thirtieth/waves.ts'
import { HAM } from './eval-twentieth-fixtures.ts'

export const built = WAVE_KINDS.flatMap((_, k) =>
  WAVE_LANGS.map((_, l) => ({ k, l, ...waveScenarioWithShape(HAM, k, l) })),
)
export type Built = (typeof built)[number]

export function members(b: Built, shape: WaveShape = b.shape) {
  return b.scenario.records.filter((r) => {
    const l = b.scenario.labels.get(r.id)!
    return l.label === 'wave' && l.waveId === shape.plan.waveId
  })
}

export const spanMinutes = (records: readonly { date: string }[]) => {
  const d = records.map((r) => Date.parse(r.date))
  return (Math.max(...d) - Math.min(...d)) / 60_000
}

/** Whether a company of the wave sent a second mail within six minutes of another. */
export function followsWithinMinutes(b: Built): boolean {
  const times = new Map<string, number[]>()
  for (const r of members(b)) times.set(r.from, [...(times.get(r.from) ?? []), Date.parse(r.date)])
  return [...times.values()].some((t) =>
    t.some((x, i) => t.slice(i + 1).some((y) => Math.abs(x - y) <= 360_000)),
  )
}
