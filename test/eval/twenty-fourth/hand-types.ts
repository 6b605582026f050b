// A hand-written in-house text: its style (for review), subject and body; and texts by language.
import type { Lang } from '../types.ts'
import type { Sector } from './companies.ts'

export interface Hand {
  style: string
  /** Only companies of this sector write it. */
  sector?: Sector
  subject: string
  body: string
}

export type ByLang = Record<Lang, readonly Hand[]>
