// A company's own wording for a family and language: hand-written or composed from blocks.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { Family, Text } from '../products/types.ts'
import { BLOCKS } from './blocks.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import type { Hand } from './types.ts'

export const HAND: Record<Family, readonly Hand[]> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export function handText(rng: Random, family: Family, lang: Lang): Text {
  const [, subject, body] = rng.pick(HAND[family].filter((h) => h[0] === lang))
  return { subject, body }
}

export function composedText(rng: Random, family: Family, lang: Lang): Text {
  const b = BLOCKS[lang]
  const parts = [rng.pick(b.greeting), '', rng.pick(b.sentence[family]), rng.pick(b.step[family])]
  if (rng.chance(0.3)) parts.push('{link}')
  parts.push('', rng.pick(b.closing))
  return { subject: rng.pick(b.subject[family]), body: parts.join('\n') }
}
