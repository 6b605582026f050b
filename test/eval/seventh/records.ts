// A part of a scenario (records and their labels) and how parts are joined into one inbox in
// arrival order.
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

/** The first 300 characters of the body, with runs of white space folded, as a list shows it. */
export function snippetOf(body: string): string {
  return body.replace(/\s+/gu, ' ').trim().slice(0, 300)
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
  const r: EvalRecord = {
    id,
    date: new Date(at).toISOString(),
    from,
    subject,
    snippet: snippetOf(body),
    folder,
    to,
  }
  if (body.length > 0) r.body = body
  return r
}

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
