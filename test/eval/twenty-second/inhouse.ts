// In-house wave wordings: the hand-written texts per family, and the composer that builds a
// company's own text from the blocks of its language.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DE, EN, ES, FR } from './blocks-a.ts'
import { IT, NL, PT } from './blocks-b.ts'
import type { Blocks } from './blocks-types.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import { t, type Family, type Hand, type Text } from './wording.ts'

export const HAND: Record<Family, readonly Hand[]> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  it: IT,
  nl: NL,
}

/** A company's own text from the blocks: greeting, one or two sentences, next step, closing. */
export function compose(rng: Random, family: Family, lang: Lang): Text {
  const b = BLOCKS[lang]
  const lines = [rng.pick(b.greet), rng.pick(b.sentence[family])]
  if (rng.chance(0.3)) lines.push(rng.pick(b.sentence[family]))
  lines.push(rng.pick(b.next[family]))
  if (rng.chance(0.8)) lines.push(rng.pick(b.close))
  const body = [...new Set(lines)].join(rng.chance(0.5) ? '\n' : '\n\n')
  const subject = rng.pick(b.subject[family])
  return { subject: rng.chance(0.15) ? `${subject} 📩` : subject, body }
}

export function followUp(family: Family, lang: Lang): Text {
  return t(BLOCKS[lang].follow[family])
}
