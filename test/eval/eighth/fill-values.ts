// What the attacker typed into each company's form and what the site generated (ticket numbers,
// codes, links), for one wave mail.
import type { Random } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import type { Company } from './companies.ts'
import { disguise, DISGUISES, type Disguise } from './disguise.ts'
import {
  BLAND_NAMES,
  BLAND_SUBJECTS,
  PAYLOAD_KINDS,
  payloadText,
  type PayloadKind,
} from './payloads.ts'
import type { Echo, Fill } from './product.ts'

export interface PayloadPlan {
  kind: PayloadKind
  disguise: Disguise
  /** Language of the payload text (the wave's, falling back to English where not written). */
  lang: Lang
}

/** One to three payloads for a wave with payloads; none for a bland wave. */
export function planPayloads(
  rng: Random,
  lang: Lang | 'multi',
  withPayload: boolean,
): PayloadPlan[] {
  if (!withPayload) return []
  return Array.from({ length: rng.int(1, 3) }, () => ({
    kind: rng.pick(PAYLOAD_KINDS),
    disguise: rng.pick(DISGUISES),
    lang: lang === 'multi' ? rng.pick(LANGUAGES) : rng.chance(0.7) ? lang : 'en',
  }))
}

const BLAND_MESSAGES: Record<Lang, string> = {
  en: 'Hi, please get back to me.',
  de: 'Hallo, bitte melden Sie sich.',
  fr: 'Bonjour, merci de me recontacter.',
  es: 'Hola, por favor contáctenme.',
  pt: 'Olá, por favor entrem em contacto.',
  it: 'Salve, per favore ricontattatemi.',
  nl: 'Hallo, neem alstublieft contact op.',
}

export interface Typed {
  fill: Fill
  /** `kind/disguise` when the product repeats the payload, else `none`. */
  payload: string
}

export function typedFill(
  rng: Random,
  company: Company,
  echo: Echo,
  plan: PayloadPlan | null,
  email: string,
  ref: number,
): Typed {
  const lang = company.lang
  let name = rng.pick(BLAND_NAMES)
  let subject = rng.pick(BLAND_SUBJECTS[lang])
  let message = BLAND_MESSAGES[lang]
  if (plan) {
    const text = payloadText(plan.kind, plan.lang)
    const short = disguise(rng, plan.disguise, text.short)
    name = short
    subject = short
    message = disguise(rng, plan.disguise, text.long)
  }
  const token = Math.floor(rng.next() * 36 ** 8).toString(36)
  const fill: Fill = {
    company: company.name,
    name,
    subject,
    message,
    email,
    ref: String(ref),
    code: String(rng.int(100_000, 999_999)),
    link: `https://${company.domain}/${rng.pick(['confirm', 'verify', 'auth/action', 'account/activate'])}?token=${token}`,
    site: company.domain,
  }
  return { fill, payload: plan && echo !== 'none' ? `${plan.kind}/${plan.disguise}` : 'none' }
}
