// Composed wordings: one company's own text built from the blocks of its language, in one of
// several layouts (full letter, short notice, reference first, legal footer), so that no two
// companies of a wave share the same text. Returns a template with slots, like the hand texts.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { options, type Blocks, type WordingKind } from './blocks.ts'
import { DE } from './de.ts'
import { EN } from './en.ts'
import { ES } from './es.ts'
import { FR } from './fr.ts'
import { IT } from './it.ts'
import { NL } from './nl.ts'
import { PT } from './pt.ts'
import { fitting, type Register } from './register.ts'

export const BLOCKS: Record<Lang, Blocks> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

export interface Template {
  subject: string
  body: string
}

const EMOJI = ['', '', '', ' ✅', ' 📩', ' 🔔']

/**
 * Where the link or code goes: after the action, unless the action already holds the code; an
 * acknowledgement asks for nothing, so it carries no link.
 */
function target(action: string, kind: WordingKind): string {
  return action.includes('{code}') || kind === 'ack' ? '' : '\n{link}'
}

function layout(rng: Random, lang: Lang, kind: WordingKind): Template {
  const b: Blocks = BLOCKS[lang]
  const register: Register = rng.chance(0.5) ? 'familiar' : 'polite'
  const choose = (block: string) => rng.pick(fitting(options(block), lang, register))
  const parts = b.kinds[kind]
  const subject = choose(parts.subject) + rng.pick(EMOJI)
  const lead = choose(parts.lead)
  const action = choose(parts.action)
  const ref = choose(b.ref)
  const greet = choose(b.greet)
  const close = choose(b.close)
  const footer = choose(b.footer)
  const withRef = kind === 'request' || kind === 'ack'
  switch (rng.int(0, 3)) {
    case 0:
      return {
        subject,
        body: `${greet}\n\n${lead} ${action}${target(action, kind)}\n\n${withRef ? ref + '\n\n' : ''}${close}`,
      }
    case 1:
      return { subject, body: `${lead} ${action}${target(action, kind)}` }
    case 2:
      return {
        subject: withRef ? `[#{ref}] ${subject}` : subject,
        body: `${greet}\n${lead}\n${action}${target(action, kind)}\n\n${close}\n\n--\n${footer}`,
      }
    default:
      return {
        subject,
        body: `${withRef ? ref + '\n\n' : ''}${greet}\n\n${lead}\n\n${action}${target(action, kind)}\n\n${close}\n\n${footer}`,
      }
  }
}

/** A composed template not yet in `used` (keys are subject and body); gives up after 40 tries. */
export function composeWording(
  rng: Random,
  lang: Lang,
  kind: WordingKind,
  used: Set<string>,
): Template {
  let found = layout(rng, lang, kind)
  for (let i = 0; i < 40 && used.has(found.subject + '\n' + found.body); i++)
    found = layout(rng, lang, kind)
  used.add(found.subject + '\n' + found.body)
  return found
}
