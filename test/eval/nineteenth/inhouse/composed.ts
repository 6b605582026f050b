// The composed in-house wordings: one company's text is drawn once from the blocks (its own
// greeting, subject, sentence, next step and closing), with the reference sometimes moved into
// the subject and an emoji sometimes added, so no two companies read quite alike.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { BLOCKS } from './blocks.ts'
import type { Family, Wording } from './types.ts'

export function composeWording(rng: Random, family: Family, lang: Lang): Wording {
  const b = BLOCKS[lang]
  let subject = rng.pick(b.subject[family])
  if (family === 'helpdesk' && !subject.includes('{ref}') && rng.chance(0.4))
    subject = `${subject} (#{ref})`
  if (rng.chance(0.15)) subject = `${rng.pick(['✅', '📨', '🔔', '👋'])} ${subject}`
  const body = [rng.pick(b.greet), rng.pick(b.core[family]), rng.pick(b.next), rng.pick(b.close)]
    .filter((line) => line !== '')
    .join('\n\n')
  return { lang, subject, body }
}
