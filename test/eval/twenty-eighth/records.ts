// Labelled parts a scenario is assembled from, in the .jsonl contract of src/cli/records.ts (id,
// ISO date, from, subject, snippet, optional folder/to/body). Outlook-shaped rows carry only a
// display name and a snippet of about 100 characters; Gmail-shaped ones "Name <addr>" and ~200.
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
  name: string
  address: string
  subject: string
  body: string
  to: string
  sent?: boolean
  /** Display name only, snippet of ~100 characters. */
  outlook?: boolean
}

export function toRecord(mail: Mail): EvalRecord {
  const flat = mail.body.replace(/\s+/gu, ' ').trim()
  const from = mail.outlook
    ? mail.name
    : mail.name
      ? `${mail.name} <${mail.address}>`
      : mail.address
  const record: EvalRecord = {
    id: mail.id,
    date: iso(mail.at),
    from,
    subject: mail.subject,
    snippet: flat.slice(0, mail.outlook ? 100 : 200),
    to: mail.to,
    body: mail.body,
  }
  return mail.sent ? { ...record, folder: 'sent' } : record
}

export function put(part: Part, mail: Mail, label: MailLabel): void {
  part.records.push(toRecord(mail))
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

export function combine(
  name: string,
  kind: Scenario['kind'],
  seed: number,
  parts: readonly Part[],
): Scenario {
  const all = merge(parts)
  const records = all.records.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  )
  return { name, kind, seed, records, labels: all.labels }
}

/** Digits only, never starting with 0. */
export function numeric(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}

export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

/** Fills {key} slots; unknown keys stay as written so a gap shows in review. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}
