// The labelled parts a scenario is put together from, and the record shape of the .jsonl contract
// (id, ISO date, from, subject, snippet, optional folder / to / body).
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
  to: string
  subject: string
  body: string
  /** The person's own mail, in the sent folder. */
  sent?: boolean
}

/** The first 200 characters of the body, whitespace folded, never cutting a character in two. */
export function snippetOf(body: string): string {
  return Array.from(body.replace(/\s+/gu, ' ').trim()).slice(0, 200).join('')
}

export function record(mail: Mail): EvalRecord {
  const out: EvalRecord = {
    id: mail.id,
    date: iso(mail.at),
    from: mail.from,
    subject: mail.subject,
    snippet: snippetOf(mail.body),
    to: mail.to,
    body: mail.body,
  }
  if (mail.sent) out.folder = 'sent'
  return out
}

export function add(part: Part, mail: Mail, label: MailLabel): void {
  part.records.push(record(mail))
  part.labels.set(mail.id, label)
}

export function merge(parts: readonly Part[]): Part {
  const out = emptyPart()
  for (const part of parts) {
    out.records.push(...part.records)
    for (const [id, label] of part.labels) out.labels.set(id, label)
  }
  return out
}

/** Digits only, the first never 0: order numbers, codes, tickets. */
export function digits(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

/** A URL-safe token as links carry them. */
export function token(rng: Random, length = 24): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; an unknown key stays as written, so the unit test sees it. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}

export function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
