// The held-out measures, computed from labelled rows (one per inbox mail, in arrival order per
// scenario). Pure functions, so the unit test can check each formula on a hand-made list.
import type { VerdictName } from './scan.ts'
import type { MailLabel, ScenarioKind } from './types.ts'

export interface ScoredRow {
  scenario: string
  kind: ScenarioKind
  id: string
  subject: string
  label: MailLabel
  verdict: VerdictName
  verdictAtArrival: VerdictName
  important: boolean
}

export interface Ratio {
  hits: number
  total: number
  /** hits / total, or null when there is nothing to measure. */
  value: number | null
}

export function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? null : hits / total }
}

const isWave = (row: ScoredRow) => row.label.label === 'wave'

/** Wave mails called relay, among the wave mails the filter keeps. */
export function recall(
  rows: readonly ScoredRow[],
  keep: (row: ScoredRow) => boolean = () => true,
): Ratio {
  const waves = rows.filter((row) => isWave(row) && keep(row))
  return ratio(waves.filter((row) => row.verdict === 'relay').length, waves.length)
}

/** Among everything called relay, the share that is labelled wave. */
export function precision(rows: readonly ScoredRow[]): Ratio {
  const relay = rows.filter((row) => row.verdict === 'relay')
  return ratio(relay.filter(isWave).length, relay.length)
}

/** Quiet-inbox mail marked suspect or relay. */
export function quietFlagged(rows: readonly ScoredRow[]): Ratio {
  const quiet = rows.filter((row) => row.kind === 'h-quiet')
  return ratio(quiet.filter((row) => row.verdict !== 'clean').length, quiet.length)
}

export function quietRelay(rows: readonly ScoredRow[]): Ratio {
  const quiet = rows.filter((row) => row.kind === 'h-quiet')
  return ratio(quiet.filter((row) => row.verdict === 'relay').length, quiet.length)
}

/** Mail the person caused (labelled own) called relay. */
export function ownRelay(rows: readonly ScoredRow[]): Ratio {
  const own = rows.filter((row) => row.label.label === 'own')
  return ratio(own.filter((row) => row.verdict === 'relay').length, own.length)
}

/** Important mail arriving inside a wave that is not relay and is flagged important. */
export function importantPinned(rows: readonly ScoredRow[]): Ratio {
  const inside = rows.filter(
    (row) => row.label.label === 'important' && row.label.waveId !== undefined,
  )
  return ratio(
    inside.filter((row) => row.verdict !== 'relay' && row.important).length,
    inside.length,
  )
}

export interface WaveLatency {
  waveId: string
  size: number
  /** Wave mails that had arrived before the first one relay at arrival; size when never. */
  latency: number
  detected: boolean
}

export function latencies(rows: readonly ScoredRow[]): WaveLatency[] {
  const waves = new Map<string, ScoredRow[]>()
  for (const row of rows) {
    if (!isWave(row) || row.label.waveId === undefined) continue
    const list = waves.get(row.label.waveId) ?? []
    list.push(row)
    waves.set(row.label.waveId, list)
  }
  return [...waves].map(([waveId, members]) => {
    const first = members.findIndex((row) => row.verdictAtArrival === 'relay')
    return {
      waveId,
      size: members.length,
      latency: first < 0 ? members.length : first,
      detected: first >= 0,
    }
  })
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
