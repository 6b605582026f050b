// Labelled parts a scenario is assembled from, in the scanner's .jsonl record shape. The record
// shape and the part helpers are the nineteenth set's; this set's own are its tokens and merging.
import { emptyPart, type Part } from '../nineteenth/records.ts'
import type { Random } from '../prng.ts'

export { emptyPart, fill, numeric, put, type Mail, type Part } from '../nineteenth/records.ts'

export function merge(parts: readonly Part[]): Part {
  const out = emptyPart()
  for (const p of parts) {
    out.records.push(...p.records)
    for (const [id, label] of p.labels) out.labels.set(id, label)
  }
  return out
}

export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}
