// Labelled parts a scenario is assembled from, in the scanner's .jsonl record shape (id, ISO date,
// from, subject, snippet, optional folder/to/body), and small value makers for the texts.
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

export function put(part: Part, mail: Mail, label: MailLabel): void {
  const record: EvalRecord = {
    id: mail.id,
    date: iso(mail.at),
    from: mail.from,
    subject: mail.subject,
    snippet: mail.body.replace(/\s+/gu, ' ').trim().slice(0, 200),
    to: mail.to,
    body: mail.body,
  }
  part.records.push(mail.sent ? { ...record, folder: 'sent' } : record)
  part.labels.set(mail.id, label)
}

export function merge(parts: readonly Part[]): Part {
  const out = emptyPart()
  for (const p of parts) {
    out.records.push(...p.records)
    for (const [id, label] of p.labels) out.labels.set(id, label)
  }
  return out
}

/** Digits only, never starting with 0. */
export function numeric(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; unknown keys stay visible so a gap shows in review. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}
