// The building blocks of composed wordings: per language a few greetings, sign-offs, footers and
// reference styles, and per wording kind subjects, leads (what was received or created) and
// actions (what the reader should do). Written fresh for this set; alternatives are separated by
// " | " to keep each language on a few lines. Slots as in ../texts/request.ts.
export const KINDS = ['request', 'ack', 'account', 'subscription', 'reset'] as const
export type WordingKind = (typeof KINDS)[number]

export interface Parts {
  subject: string
  lead: string
  action: string
}

export interface Blocks {
  greet: string
  close: string
  footer: string
  ref: string
  kinds: Record<WordingKind, Parts>
}

/** The alternatives of one block. */
export function options(block: string): string[] {
  return block.split(' | ').map((s) => s.trim())
}
