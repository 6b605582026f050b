// Labelled parts a scenario is assembled from, in the record shape of the .jsonl contract
// (id, ISO date, from, subject, snippet, optional folder/to/body).
import type { Random } from '../prng.ts'
import type { EvalRecord, MailLabel } from '../types.ts'
import { iso } from './clock.ts'

export interface Part {
  records: EvalRecord[]
  labels: Map<string, MailLabel>
}

export const emptyPart = (): Part => ({ records: [], labels: new Map() })

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
    snippet: Array.from(mail.body.replace(/\s+/gu, ' ').trim()).slice(0, 200).join(''),
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
export function digits(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; an unknown key stays visible so review catches it. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}
