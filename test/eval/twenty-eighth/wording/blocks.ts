// Building blocks of the composed wave mails, per language: greetings (formal, informal), one
// sentence per family in several everyday phrasings, next steps, closings and subjects.
import type { Lang } from '../../types.ts'
import { BLOCKS_A } from './blocks-a.ts'
import { BLOCKS_B } from './blocks-b.ts'
import type { Family } from '../products/types.ts'

export interface Blocks {
  greet: { formal: readonly string[]; informal: readonly string[] }
  say: Record<Family, readonly string[]>
  next: Record<Family, readonly string[]>
  close: readonly string[]
  subject: Record<Family, readonly string[]>
  /** A second mail minutes later: a follow-up or a reminder. */
  followUp: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = { ...BLOCKS_A, ...BLOCKS_B }
