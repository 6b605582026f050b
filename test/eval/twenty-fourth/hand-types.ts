// A hand-written in-house text: its style (for review), subject and body; and texts by language.
import type { Lang } from '../types.ts'

export interface Hand {
  style: string
  subject: string
  body: string
}

export type ByLang = Record<Lang, readonly Hand[]>
