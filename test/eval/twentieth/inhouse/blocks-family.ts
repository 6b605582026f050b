// Building blocks per family and language for composed wordings: subjects, the sentence saying
// what happened, and the next step (which carries the ticket, link or code).
import type { Lang } from '../../types.ts'
import { CONTACT_BLOCKS } from './blocks-contact.ts'
import { MAILING_BLOCKS } from './blocks-mailing.ts'
import type { Family } from './types.ts'

export interface FamilyBlocks {
  subjects: readonly string[]
  cores: readonly string[]
  nexts: readonly string[]
}

export const BLOCKS: Record<Family, Record<Lang, FamilyBlocks>> = {
  ...CONTACT_BLOCKS,
  ...MAILING_BLOCKS,
}
