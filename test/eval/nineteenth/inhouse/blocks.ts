// Building blocks of the composed in-house wordings, written fresh for this set: per language,
// the greetings, what each family says it did, what happens next, and the closings. A company's
// text is one draw of each block, so companies differ in structure, formality and length.
import type { Lang } from '../../types.ts'
import { BLOCKS_NORTH } from './blocks-north.ts'
import { BLOCKS_SOUTH } from './blocks-south.ts'
import type { Family } from './types.ts'

export interface Blocks {
  greet: readonly string[]
  subject: Readonly<Record<Family, readonly string[]>>
  core: Readonly<Record<Family, readonly string[]>>
  next: readonly string[]
  close: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = { ...BLOCKS_NORTH, ...BLOCKS_SOUTH }
