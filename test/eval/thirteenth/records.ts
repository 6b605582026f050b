// A part of a scenario (records with their labels) and the helpers that fill and join parts.
import type { EvalRecord, MailLabel, Scenario } from '../types.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
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
  const text = body.replace(/\s+/gu, ' ').trim()
  return {
    id,
    date: new Date(at).toISOString(),
    from,
    subject,
    snippet: text.slice(0, 200),
    folder,
    to,
    body,
  }
}

export function add(part: Part, mail: EvalRecord, label: MailLabel): void {
  part.records.push(mail)
  part.labels.set(mail.id, label)
}

/** Every part's records in arrival order (ties by id), with all their labels. */
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
