// A part of an inbox: records and their labels, built side by side so no record goes unlabelled.
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
  const snippet = body.replace(/\s+/gu, ' ').trim().slice(0, 180)
  return { id, date: new Date(at).toISOString(), from, subject, snippet, folder, to, body }
}

export function add(part: Part, rec: EvalRecord, label: MailLabel): void {
  part.records.push(rec)
  part.labels.set(rec.id, label)
}

/** One scenario from its parts, records in date order (ids break ties). */
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

/** `{key}` placeholders filled from `vars`; unknown keys are left as they are. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/gu, (whole, key: string) => vars[key] ?? whole)
}
