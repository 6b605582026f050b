// A part of an inbox under construction: records with their labels, merged into a scenario later.
import type { EvalRecord } from '../types.ts'
import type { SixthLabel } from './label.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, SixthLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

export function add(part: Part, record: EvalRecord, label: SixthLabel): void {
  part.records.push(record)
  part.labels.set(record.id, label)
}

export interface RecordFields {
  id: string
  at: number
  from: string
  subject: string
  body: string
  to: string
  folder?: 'inbox' | 'sent'
}

/** A record of the .jsonl contract; the snippet is the start of the body, as webmail shows it. */
export function record(f: RecordFields): EvalRecord {
  const out: EvalRecord = {
    id: f.id,
    date: new Date(f.at).toISOString(),
    from: f.from,
    subject: f.subject,
    snippet: f.body.replace(/\s+/gu, ' ').trim().slice(0, 200),
    to: f.to,
    body: f.body,
  }
  if (f.folder) out.folder = f.folder
  return out
}
