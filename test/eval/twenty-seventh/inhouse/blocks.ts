// Building blocks of every language (blocks-a.ts and blocks-b.ts).
import type { Lang } from '../../types.ts'
import { BLOCKS_A, type Blocks } from './blocks-a.ts'
import { BLOCKS_B } from './blocks-b.ts'

export const BLOCKS: Record<Lang, Blocks> = { ...BLOCKS_A, ...BLOCKS_B }
