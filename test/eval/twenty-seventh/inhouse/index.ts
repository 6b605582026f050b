// Every in-house wording source: hand-written texts per family and language, the blocks they
// are composed from, and the short ones.
import type { Family } from '../products/types.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import type { ByLang } from './types.ts'

export const HAND: Record<Family, ByLang> = {
  helpdesk: HAND_HELPDESK,
  verification: HAND_VERIFICATION,
  subscription: HAND_SUBSCRIPTION,
  reset: HAND_RESET,
}
export { BLOCKS } from './blocks.ts'
export { SHORT } from './short.ts'
