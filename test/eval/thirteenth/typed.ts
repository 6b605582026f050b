// What the bot types into the form's name and subject fields: the payload (disguised) or, for
// waves without one, a bland name and a bland subject.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { disguise, type Disguise } from './disguise.ts'
import { BLAND, PAYLOADS, type PayloadKind } from './payloads.ts'
import type { Family } from './products/types.ts'

export interface PayloadPlan {
  kind: PayloadKind
  disguise: Disguise
}

export interface Typed {
  name: string
  subject: string
}

/**
 * sameSubject: every mail carries the one payload in the subject field (name stays bland).
 * Otherwise a helpdesk form gets the payload in its subject and, half the time, in the name too.
 */
export function typedFields(
  rng: Random,
  lang: Lang,
  family: Family,
  payload: PayloadPlan | null,
  sameSubject: boolean,
): Typed {
  const bland = { name: rng.pick(BLAND[lang].names), subject: rng.pick(BLAND[lang].subjects) }
  if (!payload) return bland
  const text = disguise(PAYLOADS[payload.kind][lang], payload.disguise)
  if (sameSubject) return { name: bland.name, subject: text }
  if (family !== 'helpdesk') return { name: text, subject: bland.subject }
  return { name: rng.chance(0.5) ? text : bland.name, subject: text }
}
