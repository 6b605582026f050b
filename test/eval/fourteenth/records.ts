// A part of a scenario (records with their labels) and the helpers that build and merge parts.
import type { EvalRecord, MailLabel, Scenario } from '../types.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

export function add(part: Part, rec: EvalRecord, label: MailLabel): void {
  part.records.push(rec)
  part.labels.set(rec.id, label)
}

/** The snippet is the start of the body, on one line, as a webmail list shows it. */
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
