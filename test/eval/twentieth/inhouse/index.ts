// The in-house wordings of the twentieth set: hand-written texts per family and language, and
// the composition from blocks.
import type { Lang } from '../../types.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import type { Family, HandText } from './types.ts'

export { compose } from './composed.ts'

export const HAND: Record<Family, readonly HandText[]> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}

export function handFor(family: Family, lang: Lang): HandText[] {
  return HAND[family].filter((w) => w.lang === lang)
}
