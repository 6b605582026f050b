// Which payloads a wave carries (none in about a quarter of waves: bland names only), and what
// the attacker types into one form: the payload goes into the field the product repeats.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { DISGUISES, disguise, type Disguise } from './disguise.ts'
import type { Echo } from './product.ts'
import {
  BLAND_NAMES,
  BLAND_SUBJECTS,
  PAYLOAD_KINDS,
  PAYLOADS,
  type PayloadKind,
} from './payloads.ts'

export interface PlannedPayload {
  kind: PayloadKind
  disguise: Disguise
  text: string
}

export interface PayloadPlan {
  payloads: PlannedPayload[]
}

export function planPayloads(rng: Random, lang: Lang): PayloadPlan {
  if (rng.chance(0.25)) return { payloads: [] }
  const kinds = rng.shuffle(PAYLOAD_KINDS).slice(0, rng.int(1, 3))
  return {
    payloads: kinds.map((kind) => {
      const how = rng.chance(0.35) ? 'plain' : rng.pick(DISGUISES.filter((d) => d !== 'plain'))
      const text = PAYLOADS[kind][rng.chance(0.7) ? lang : 'en']
      return { kind, disguise: how, text: disguise(text, how) }
    }),
  }
}

export interface TypedInput {
  name: string
  subj: string
  msg: string
  /** The label's payload: kind/disguise, `bland/plain` when nothing hostile is typed, `none` when the product repeats nothing. */
  payload: string
}

export function typedFor(rng: Random, plan: PayloadPlan, echo: Echo, lang: Lang): TypedInput {
  const bland = rng.pick(BLAND_NAMES)
  const blandSubject = rng.pick(BLAND_SUBJECTS[lang])
  if (plan.payloads.length === 0)
    return {
      name: bland,
      subj: blandSubject,
      msg: blandSubject,
      payload: echo === 'none' ? 'none' : 'bland/plain',
    }
  const p = rng.pick(plan.payloads)
  const payload = echo === 'none' ? 'none' : `${p.kind}/${p.disguise}`
  if (echo === 'name') return { name: p.text, subj: blandSubject, msg: p.text, payload }
  // Subject-echoing forms: the name field often carries the payload too.
  return { name: rng.chance(0.4) ? p.text : bland, subj: p.text, msg: p.text, payload }
}
