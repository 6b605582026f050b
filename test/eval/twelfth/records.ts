// A scenario is assembled from parts: records in the scanner's .jsonl contract with, kept apart,
// one label per record id.
import type { EvalRecord, MailLabel } from '../types.ts'

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

/** The snippet a webmail list shows: the start of the body on one line. */
function snippetOf(body: string): string {
  return body.replace(/\s+/gu, ' ').trim().slice(0, 180)
}

export function record(
  id: string,
  at: number,
  from: string,
  subject: string,
  body: string,
  to: string,
  folder: 'inbox' | 'sent' = 'inbox',
): EvalRecord {
  return {
    id,
    date: new Date(at).toISOString(),
    from,
    subject,
    snippet: snippetOf(body),
    folder,
    to,
    body,
  }
}

export function combineParts(parts: readonly Part[]): Part {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { records, labels }
}
