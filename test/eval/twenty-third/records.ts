// Labelled parts a scenario is assembled from, in the .jsonl contract's record shape. The record
// shape and the part helpers are the nineteenth set's; this set's own are its tokens, its
// "subject | body" texts and how parts make a scenario.
import type { Part } from '../nineteenth/records.ts'
import type { Random } from '../prng.ts'
import type { MailLabel, Scenario } from '../types.ts'

export {
  emptyPart,
  fill,
  numeric as digits,
  put,
  type Mail,
  type Part,
} from '../nineteenth/records.ts'

export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}

export function split(text: string): { subject: string; body: string } {
  const bar = text.indexOf(' | ')
  return { subject: text.slice(0, bar), body: text.slice(bar + 3).replace(/ \/ /gu, '\n') }
}

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
