// Composed company wordings: a greeting, the family's core sentence (with each company's own word
// for "request" and "received", several per language and region), a detail line and a closing.
// Also the follow-up a company sends minutes later (an agent assigned, a verification reminder).
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import type { Family } from './products.ts'
import { BLOCKS_A } from './blocks-a.ts'
import { BLOCKS_B } from './blocks-b.ts'

export const BLOCKS: Record<Lang, (typeof BLOCKS_A)['en']> = { ...BLOCKS_A, ...BLOCKS_B }

/** One company's composed text: its own greeting, request/received words and closing. */
export function composed(
  rng: Random,
  lang: Lang,
  family: Family,
  follow = false,
): { subject: string; body: string } {
  const b = BLOCKS[lang]
  const [subject, core] = rng.pick(follow ? b.followUp[family] : b.core[family])
  const words = { req: rng.pick(b.req), rec: rng.pick(b.rec) }
  const fillWords = (t: string) => t.replace('{req}', words.req).replace('{rec}', words.rec)
  return {
    subject: fillWords(subject),
    body: `${rng.pick(b.hello)}\n\n${fillWords(core)}\n\n${rng.pick(b.bye)}`,
  }
}
