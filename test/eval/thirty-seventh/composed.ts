// Texts composed from the building blocks (blocks-a.ts, blocks-b.ts): a company draws one
// subject/core pair, a greeting and a closing, and keeps them for the whole wave; a third of
// companies move the reference into the subject, a sixth add an emoji.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { BLOCKS_DE, BLOCKS_EN, BLOCKS_ES, BLOCKS_FR } from './blocks-a.ts'
import { BLOCKS_IT, BLOCKS_NL, BLOCKS_PT } from './blocks-b.ts'
import { wording, type Variant, type Wording } from './wording.ts'

export type Blocks = { greet: readonly string[]; close: readonly string[] } & Record<
  Variant,
  readonly string[]
>

export const BLOCKS: Record<Lang, Blocks> = {
  en: BLOCKS_EN,
  de: BLOCKS_DE,
  fr: BLOCKS_FR,
  es: BLOCKS_ES,
  pt: BLOCKS_PT,
  it: BLOCKS_IT,
  nl: BLOCKS_NL,
}

const EMOJI = ['✅', '📩', '🔔', '👋']

export function composeWording(rng: Random, lang: Lang, variant: Variant): Wording {
  const blocks = BLOCKS[lang]
  const core = wording(rng.pick(blocks[variant]))
  const moveRef = rng.chance(1 / 3)
  const emoji = rng.chance(1 / 6) ? `${rng.pick(EMOJI)} ` : ''
  const subject = `${emoji}${moveRef ? '[{ref}] ' : ''}${core.subject}`
  const body = [rng.pick(blocks.greet), core.body, `${rng.pick(blocks.close)}\n{company}`].join(
    '\n\n',
  )
  return { subject, body }
}
