// Labelled parts a scenario is assembled from, in the .jsonl contract of src/cli/records.ts
// (id, ISO date, from, subject, snippet, optional folder/to/body), and small value helpers.
import type { Random } from '../prng.ts'
import type { Part } from '../nineteenth/records.ts'

// The record shape and the helpers that fill it are the nineteenth set's, shared.
export { emptyPart, numeric, put, toRecord, type Mail, type Part } from '../nineteenth/records.ts'

export function merge(into: Part, from: Part): void {
  into.records.push(...from.records)
  for (const [id, label] of from.labels) into.labels.set(id, label)
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
