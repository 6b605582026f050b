// Labelled parts a scenario is assembled from, in the .jsonl record shape (src/cli/records.ts):
// id, ISO date, from, subject, snippet, optional folder, to and body.
import type { Random } from '../prng.ts'
import type { EvalRecord, MailLabel, Scenario } from '../types.ts'
import { iso } from './clock.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export function emptyPart(): Part {
  return { records: [], labels: new Map() }
}

export interface Mail {
  id: string
  at: number
  from: string
  subject: string
  body: string
  to: string
  sent?: boolean
}

export function put(part: Part, mail: Mail, label: MailLabel): void {
  const snippet = mail.body.replace(/\s+/gu, ' ').trim().slice(0, 200)
  const record: EvalRecord = {
    id: mail.id,
    date: iso(mail.at),
    from: mail.from,
    subject: mail.subject,
    snippet,
    to: mail.to,
    body: mail.body,
  }
  part.records.push(mail.sent ? { ...record, folder: 'sent' } : record)
  part.labels.set(mail.id, label)
}

/** Digits only, never starting with 0 (order numbers, codes, tickets). */
export function numeric(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

/** A URL-safe token as links carry them. */
export function token(rng: Random, length = 24): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; unknown keys stay as written so a missing value shows in review. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}

/** Parts merged into one scenario, records in arrival order. */
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
