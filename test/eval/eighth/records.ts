// A part of a scenario: records and their labels, built side by side so no record goes unlabelled.
import type { EvalRecord, MailLabel } from '../types.ts'
import { iso } from './clock.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export const emptyPart = (): Part => ({ records: [], labels: new Map() })

export function add(part: Part, record: EvalRecord, label: MailLabel): void {
  part.records.push(record)
  part.labels.set(record.id, label)
}

/** One inbox (or sent) record; the snippet is the start of the body, as webmail lists show it. */
export function record(
  id: string,
  at: number,
  from: string,
  subject: string,
  body: string,
  to: string,
  folder: 'inbox' | 'sent' = 'inbox',
): EvalRecord {
  const snippet = body.replace(/\s+/gu, ' ').trim().slice(0, 160)
  return { id, date: iso(at), from, subject, snippet, folder, to, body }
}

/** Parts merged into one scenario's records (arrival order) and labels. */
export function merge(parts: readonly Part[]): Part {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { records, labels }
}
