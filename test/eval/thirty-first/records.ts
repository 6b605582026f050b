// Labelled parts a scenario is assembled from, in the .jsonl contract of src/cli/records.ts
// (id, ISO date, from, subject, snippet, optional folder/to/body), and small value helpers.
import type { Random } from '../prng.ts'
import type { EvalRecord, MailLabel } from '../types.ts'
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

export function toRecord(mail: Mail): EvalRecord {
  const snippet = mail.body.replace(/\s+/gu, ' ').trim().slice(0, 200)
  const base: EvalRecord = {
    id: mail.id,
    date: iso(mail.at),
    from: mail.from,
    subject: mail.subject,
    snippet,
    to: mail.to,
    body: mail.body,
  }
  return mail.sent ? { ...base, folder: 'sent' } : base
}

export function put(part: Part, mail: Mail, label: MailLabel): void {
  part.records.push(toRecord(mail))
  part.labels.set(mail.id, label)
}

export function merge(into: Part, from: Part): void {
  into.records.push(...from.records)
  for (const [id, label] of from.labels) into.labels.set(id, label)
}

/** Digits only, never starting with 0 (order numbers, codes, tickets). */
export function numeric(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

/** A URL-safe token as links carry them. */
export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; unknown keys stay as written so a missing value shows in review. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}

/** A text written as `subject|body` (body lines split by `\n`). */
export function split(text: string): { subject: string; body: string } {
  const bar = text.indexOf('|')
  return { subject: text.slice(0, bar), body: text.slice(bar + 1) }
}
