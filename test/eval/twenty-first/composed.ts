// Composes a company's own wording from blocks.ts: greeting, family sentence, next step and
// closing, the reference sometimes moved into the subject, sometimes an emoji in front.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { CLOSING, FAMILY_BLOCKS, GREETING } from './blocks.ts'
import type { Family } from './products.ts'

export function composeText(rng: Random, family: Family, lang: Lang): string {
  const b = FAMILY_BLOCKS[family][lang]
  let subject = rng.pick(b.subject)
  if (rng.chance(0.25)) subject = `${subject} [{ref}]`
  if (rng.chance(0.15)) subject = `${rng.pick(['🔔', '✅', '📩'])} ${subject}`
  const body = [rng.pick(GREETING[lang]), rng.pick(b.line), b.step, rng.pick(CLOSING[lang])]
  return `${subject}|${body.join('\n')}`
}
