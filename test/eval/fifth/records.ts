// One record of the .jsonl contract (README, "Scan an export offline") and the labelled parts a
// scenario is assembled from.
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

/** The snippet a mail client shows: the body's start, whitespace collapsed. */
export function snippetOf(body: string): string {
  return body.replace(/\s+/gu, ' ').trim().slice(0, 200)
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
  const base: EvalRecord = { id, date: iso(at), from, subject, snippet: snippetOf(body), to, body }
  return folder === 'sent' ? { ...base, folder } : base
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

/** A lower-case hex token of the given length. */
export function hexToken(rng: Random, length = 40): string {
  let out = ''
  while (out.length < length) out += rng.int(0, 15).toString(16)
  return out
}

/** Digits only, e.g. a six-digit one-time code. */
export function digits(rng: Random, length: number): string {
  let out = String(rng.int(1, 9))
  while (out.length < length) out += String(rng.int(0, 9))
  return out
}
