// Building blocks of the composed in-house wordings, written fresh for this set: per language and
// family, subject lines, the sentence that says what arrived, what happens next; shared openers,
// reference styles, sign-offs and footers. Slots as in handwritten/text.ts.
import type { Lang } from '../../types.ts'

export const FAMILIES = ['ack', 'verify', 'subscribe', 'reset'] as const
export type Family = (typeof FAMILIES)[number]

export interface Blocks {
  subjects: Record<Family, readonly string[]>
  received: Record<Family, readonly string[]>
  next: Record<Family, readonly string[]>
  openers: readonly string[]
  refs: readonly string[]
  signoffs: readonly string[]
  footers: readonly string[]
}

export type BlockSet = Record<Lang, Blocks>
