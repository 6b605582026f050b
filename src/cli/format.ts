// Output formats of `relay-shield scan`: jsonl (the contract), csv and a plain table.
import type { ScanResult } from './scan.ts'

export type Format = 'jsonl' | 'csv' | 'table'
export const FORMATS: readonly Format[] = ['jsonl', 'csv', 'table']

export function header(format: Format): string | null {
  if (format === 'csv') return 'id,verdict,score,reasons,waveId,important,verdictAtArrival'
  if (format === 'table')
    return `${'verdict'.padEnd(8)} ${'score'.padStart(5)}  ${'wave'.padEnd(30)} id`
  return null
}

export function formatResult(result: ScanResult, format: Format): string {
  const { verdict } = result
  if (format === 'jsonl') return jsonLine(result)
  if (format === 'csv') {
    return [
      result.id,
      verdict.verdict,
      String(verdict.score),
      verdict.reasons.join(' '),
      verdict.waveId ?? '',
      String(verdict.important),
      result.verdictAtArrival.verdict,
    ]
      .map(csvField)
      .join(',')
  }
  return `${verdict.verdict.padEnd(8)} ${verdict.score.toFixed(2).padStart(5)}  ${(verdict.waveId ?? '-').padEnd(30)} ${result.id}`
}

/** Quotes every field that needs it; a leading = + - @ is escaped so spreadsheets show text. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/u.test(value) ? `'${value}` : value
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe
}

/**
 * The jsonl line, written out field by field: what JSON.stringify gives for the object of these
 * fields in this order, without building the object for every mail. Only the texts are escaped;
 * verdict names are fixed words, and scores are finite numbers (JSON's null otherwise).
 */
function jsonLine(result: ScanResult): string {
  const { verdict } = result
  const score = Number.isFinite(verdict.score) ? String(verdict.score) : 'null'
  const waveId = verdict.waveId === null ? 'null' : JSON.stringify(verdict.waveId)
  return `{"id":${JSON.stringify(result.id)},"verdict":"${verdict.verdict}","score":${score},"reasons":${reasonsJson(verdict.reasons)},"waveId":${waveId},"important":${verdict.important},"verdictAtArrival":"${result.verdictAtArrival.verdict}"}`
}

/** A scan has a few dozen distinct reason lists: each is written out once. */
const REASONS_JSON = new Map<string, string>()

function reasonsJson(reasons: readonly string[]): string {
  const key = reasons.join(' ')
  let json = REASONS_JSON.get(key)
  if (json === undefined) {
    if (REASONS_JSON.size >= 1_024) REASONS_JSON.clear()
    REASONS_JSON.set(key, (json = JSON.stringify(reasons)))
  }
  return json
}
