// Fills a wording's placeholders and turns a mail into a record of the scanner's .jsonl contract.
import type { Random } from '../prng.ts'
import type { EvalRecord } from '../types.ts'

export interface Fill {
  company: string
  name: string
  subject: string
  ticket: string
  code: string
  token: string
  site: string
  slug: string
  email: string
}

export function fill(template: string, values: Fill): string {
  return template.replace(
    /\{(company|name|subject|ticket|code|token|site|slug|email)\}/gu,
    (_, key: keyof Fill) => values[key],
  )
}

/** A ticket number of the given shape: `#` a digit, `@` a capital letter. */
export function ticketOf(rng: Random, shape = '######'): string {
  return [...shape]
    .map((ch) =>
      ch === '#'
        ? String(rng.int(0, 9))
        : ch === '@'
          ? String.fromCharCode(65 + rng.int(0, 25))
          : ch,
    )
    .join('')
}

export function tokenOf(rng: Random, length = 32): string {
  const alphabet = 'abcdef0123456789ghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'
  return Array.from({ length }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('')
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
  return {
    id,
    date: new Date(at).toISOString(),
    from,
    subject: subject.replace(/\s+/gu, ' ').trim(),
    snippet: body.replace(/\s+/gu, ' ').trim().slice(0, 200),
    body,
    folder,
    to,
  }
}
