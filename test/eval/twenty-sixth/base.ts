// Time units, the twenty-sixth set's window (four weeks from Monday 2026-11-02) and the labelled
// parts a scenario is assembled from, in the .jsonl record shape (id, ISO date, from, subject,
// snippet, optional folder/to/body).
import type { Random } from '../prng.ts'
import type { EvalRecord, MailLabel } from '../types.ts'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const WINDOW = { start: Date.UTC(2026, 10, 2), days: 28 } as const

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
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

export const emptyPart = (): Part => ({ records: [], labels: new Map() })

export function put(part: Part, mail: Mail, label: MailLabel): void {
  const record: EvalRecord = {
    id: mail.id,
    date: new Date(mail.at).toISOString(),
    from: mail.from,
    subject: mail.subject,
    snippet: mail.body.replace(/\s+/gu, ' ').trim().slice(0, 200),
    to: mail.to,
    body: mail.body,
  }
  part.records.push(mail.sent ? { ...record, folder: 'sent' } : record)
  part.labels.set(mail.id, label)
}

/** Digits only, never starting with 0. */
export function digits(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

export function token(rng: Random, length = 24): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; unknown keys stay visible. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}

export function combineParts(parts: readonly Part[]): Part {
  const records = parts
    .flatMap((p) => p.records)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
  const labels = new Map<string, MailLabel>()
  for (const p of parts) for (const [id, label] of p.labels) labels.set(id, label)
  return { records, labels }
}
