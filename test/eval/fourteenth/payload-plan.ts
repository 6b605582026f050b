// Which payload a wave carries: every third wave none (bland names), the others rotate the six
// payload kinds through the seven disguises.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DISGUISES, disguise } from './disguise.ts'
import { BLAND, PAYLOAD_KINDS, PAYLOADS } from './payloads.ts'

export interface PayloadPlan {
  /** `kind/disguise`, or `none`. */
  label: string
  /** The shown payload text (disguised), or null for bland waves. */
  text: string | null
  /** Name and subject typed for one submission in a language. */
  typed: (rng: Random, lang: Lang) => { name: string; typed: string }
}

export function payloadPlan(index: number, lang: Lang): PayloadPlan {
  if (index % 3 === 2)
    return {
      label: 'none',
      text: null,
      typed: (rng, l) => ({ name: rng.pick(BLAND[l]), typed: rng.pick(BLAND[l]) }),
    }
  const kind = PAYLOAD_KINDS[index % PAYLOAD_KINDS.length]!
  const how = DISGUISES[index % DISGUISES.length]!
  const text = disguise(PAYLOADS[lang][kind], how)
  return {
    label: `${kind}/${how}`,
    text,
    typed: (rng, l) =>
      rng.chance(0.5)
        ? { name: text, typed: text }
        : { name: text, typed: disguise(PAYLOADS[l][kind], how) },
  }
}
