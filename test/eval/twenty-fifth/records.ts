// Labelled parts a scenario is assembled from, in the .jsonl contract's record shape. The record
// shape and the part helpers are the nineteenth set's, scenarios are combined as the twenty-third's;
// this set's own are its tokens.
import type { Random } from '../prng.ts'

export { emptyPart, fill, numeric, put, type Mail, type Part } from '../nineteenth/records.ts'
export { combine } from '../twenty-third/records.ts'

export function token(rng: Random, length = 28): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  let out = ''
  while (out.length < length) out += alphabet[rng.int(0, alphabet.length - 1)]
  return out
}
