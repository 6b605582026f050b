// Composes one company's own wording from the blocks: a subject, then greeting, what arrived,
// what happens next and a sign-off in one of several orders, with or without a reference line
// and a footer. Each company draws its own composition once.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { BLOCKS } from './blocks.ts'
import type { Family, Text } from './text.ts'

const REFERENCE_LINES = ['', '\nRef: {r}', '\n[#{r}]', '\n— {r} —']

export function composeText(rng: Random, lang: Lang, family: Family): Text {
  const b = BLOCKS[lang]
  const what = rng.pick(b.what[family])
  const sentence = what.charAt(0).toUpperCase() + what.slice(1)
  const lines = rng.chance(0.3)
    ? [sentence, rng.pick(b.next)]
    : [rng.pick(b.greet), sentence, rng.pick(b.next), rng.pick(b.signoff)]
  const ref = family === 'ack' ? rng.pick(REFERENCE_LINES) : ''
  const body = lines.join(rng.chance(0.5) ? '\n\n' : '\n') + ref + rng.pick(b.footer)
  return { lang, subject: rng.pick(b.subject[family]), body }
}
