// Turns filled texts into records of the scanner's .jsonl contract.
import type { Random } from '../prng.ts'
import type { EvalRecord } from '../types.ts'

/** The preview a mail client shows: the body's start on one line. */
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
  return {
    id,
    date: new Date(at).toISOString(),
    from,
    subject,
    snippet: snippetOf(body),
    folder,
    to,
    body,
  }
}

/** Replaces each {key} by its value; keys without a value are left as they are. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole)
}

/** A reference of the given shape: # a digit, @ a capital letter, % a lower-case letter or digit. */
export function shaped(rng: Random, pattern: string): string {
  const lower = 'abcdefghijkmnpqrstuvwxyz23456789'
  return [...pattern]
    .map((ch) =>
      ch === '#'
        ? String(rng.int(0, 9))
        : ch === '@'
          ? String.fromCharCode(65 + rng.int(0, 25))
          : ch === '%'
            ? lower[rng.int(0, lower.length - 1)]!
            : ch,
    )
    .join('')
}

/** "Name <address>", or the name alone when there is no address (as Outlook shows some senders). */
export function fromLine(name: string, address: string | null): string {
  if (address === null) return name
  return name ? `${name} <${address}>` : address
}
