// A part of a scenario (records with their labels) and the record shape of the .jsonl contract.
import type { EvalRecord, MailLabel } from '../types.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

export function snippetOf(body: string): string {
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
  const date = new Date(at).toISOString()
  return { id, date, from, subject, snippet: snippetOf(body), body, to, folder }
}

export function add(part: Part, rec: EvalRecord, label: MailLabel): void {
  part.records.push(rec)
  part.labels.set(rec.id, label)
}

export function merge(parts: readonly Part[]): Part {
  const out = emptyPart()
  for (const p of parts) {
    out.records.push(...p.records)
    for (const [id, label] of p.labels) out.labels.set(id, label)
  }
  return out
}
