// Records of the scanner's .jsonl contract (README, "Scan an export offline") and the labelled
// parts that a scenario is put together from.
import type { EvalRecord, MailLabel, Scenario } from '../types.ts'
import { iso } from './clock.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

/** What a mail client shows under the subject: the body's start on one line. */
export function snippetOf(body: string): string {
  return body.replace(/\s+/gu, ' ').trim().slice(0, 200)
}

export interface Mail {
  id: string
  at: number
  from: string
  subject: string
  body: string
  to: string
  folder?: 'inbox' | 'sent'
}

export function toRecord(mail: Mail): EvalRecord {
  const rec: EvalRecord = {
    id: mail.id,
    date: iso(mail.at),
    from: mail.from,
    subject: mail.subject,
    snippet: snippetOf(mail.body),
    to: mail.to,
    body: mail.body,
  }
  return mail.folder === 'sent' ? { ...rec, folder: 'sent' } : rec
}

export function add(part: Part, mail: Mail, label: MailLabel): void {
  part.records.push(toRecord(mail))
  part.labels.set(mail.id, label)
}

/** One scenario from its parts, records in arrival order (ties broken by id). */
export function assemble(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  const labels = new Map<string, MailLabel>()
  for (const part of parts) for (const [id, label] of part.labels) labels.set(id, label)
  return { name, kind, seed, records, labels }
}
