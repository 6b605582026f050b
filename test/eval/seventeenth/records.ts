// A part of an inbox (records with their labels) and the record shape of the .jsonl contract.
import type { EvalRecord, MailLabel, Scenario } from '../types.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

export function add(part: Part, record: EvalRecord, label: MailLabel): void {
  part.records.push(record)
  part.labels.set(record.id, label)
}

/** The snippet is the start of the body on one line, as webmail lists show it. */
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
  return { id, date: new Date(at).toISOString(), from, subject, snippet, body, to, folder }
}

/** All parts' records in date order (ties by id) with every label. */
export function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}
