// A company's own wording for a form: one of the hand-written texts, or one composed from the
// blocks (seven languages); companies of the other languages always write by hand.
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang } from '../../types.ts'
import type { AnyLang } from '../langs.ts'
import { BLOCKS } from './blocks.ts'
import { HAND_A } from './hand-a.ts'
import { HAND_B } from './hand-b.ts'
import { HAND_C } from './hand-c.ts'
import type { Form, HandTexts } from './types.ts'

export const HAND: Record<AnyLang, HandTexts> = { ...HAND_A, ...HAND_B, ...HAND_C } as Record<
  AnyLang,
  HandTexts
>

export interface Wording {
  text: string
  source: 'handwritten' | 'composed'
}

export function handWording(rng: Random, lang: AnyLang, form: Form): Wording {
  return { text: rng.pick(HAND[lang][form]), source: 'handwritten' }
}

export function composedWording(rng: Random, lang: Lang, form: Form): Wording {
  const b = BLOCKS[lang]
  const body = [rng.pick(b.greet), rng.pick(b.core[form]), rng.pick(b.next), rng.pick(b.close)]
    .filter(Boolean)
    .join(rng.chance(0.5) ? '\n' : ' ')
  return { text: `${rng.pick(b.subject[form])} || ${body}`, source: 'composed' }
}

export function ownWording(rng: Random, lang: AnyLang, form: Form): Wording {
  const seven = (LANGUAGES as readonly string[]).includes(lang)
  return seven && rng.chance(0.45)
    ? composedWording(rng, lang as Lang, form)
    : handWording(rng, lang, form)
}
