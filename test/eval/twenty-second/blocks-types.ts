// Building blocks an in-house wording is composed from (greeting, subject, the family sentence,
// the next step, the closing) and the follow-up a company sends minutes after its first mail.
import type { Family } from './wording.ts'

export interface Blocks {
  greet: readonly string[]
  subject: Record<Family, readonly string[]>
  sentence: Record<Family, readonly string[]>
  next: Record<Family, readonly string[]>
  close: readonly string[]
  /** A second mail minutes later: "subject | body". */
  follow: Record<Family, string>
}

/** Alternatives written on one line, separated by " ~ ". */
export function alts(line: string): string[] {
  return line.split(' ~ ').map((s) => s.trim())
}
