// Choosing a wave mail's text: a product default, one of the hand-written wordings (preferring the
// company's region and register, and one not yet used in the wave), or one composed from blocks.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { Company } from '../companies.ts'
import type { Family, Text } from '../products/types.ts'
import { BLOCKS } from './blocks.ts'
import { HAND_HELPDESK } from './hand-helpdesk.ts'
import { HAND_MORE } from './hand-more.ts'
import { HAND_RESET } from './hand-reset.ts'
import { HAND_SUBSCRIPTION } from './hand-subscription.ts'
import { HAND_VERIFICATION } from './hand-verification.ts'
import type { Wording } from './types.ts'

export const HAND: Record<Family, readonly Wording[]> = {
  helpdesk: HAND_HELPDESK,
  verification: [
    ...HAND_VERIFICATION.filter((x) => !x.event),
    ...HAND_MORE.filter((x) => x.family === 'verification'),
  ],
  subscription: [...HAND_SUBSCRIPTION, ...HAND_MORE.filter((x) => x.family === 'subscription')],
  reset: [...HAND_RESET, ...HAND_MORE.filter((x) => x.family === 'reset')],
}

export const EVENTS: readonly Wording[] = HAND_VERIFICATION.filter((x) => x.event)

/** Hand-written texts already given to a company of the current wave. */
export type Used = Set<Wording>

export function handText(rng: Random, c: Company, family: Family, used: Used, event = false): Text {
  const pool = (event ? EVENTS : HAND[family]).filter((x) => x.lang === c.lang)
  const fresh = pool.filter((x) => !used.has(x))
  const candidates = fresh.length > 0 ? fresh : pool
  const fitting = candidates.filter((x) => x.region === c.region || x.formal === c.formal)
  const chosen = rng.pick(fitting.length > 0 ? fitting : candidates)
  used.add(chosen)
  return { subject: chosen.subject, body: chosen.body }
}

export function composedText(rng: Random, c: Company, family: Family, lang: Lang): Text {
  const b = BLOCKS[lang]
  const greet = rng.pick(c.formal ? b.greet.formal : b.greet.informal)
  const lines = [greet, '', rng.pick(b.say[family])]
  if (rng.chance(0.5)) lines.push('', '{message}')
  lines.push(rng.pick(b.next[family]))
  if (rng.chance(0.4)) lines.push(rng.pick(b.next[family]))
  lines.push('', rng.pick(b.close))
  let subject = rng.pick(b.subject[family])
  if (rng.chance(0.15)) subject = `${subject} ✅`
  if (rng.chance(0.1)) subject = '{company}'
  return { subject, body: lines.join('\n') }
}

export function followUpText(rng: Random, c: Company, subject: string): Text {
  const b = BLOCKS[c.lang]
  return {
    subject: rng.chance(0.5) ? `Re: ${subject}` : subject,
    body: `${rng.pick(c.formal ? b.greet.formal : b.greet.informal)}\n\n${rng.pick(b.followUp)}\n\n${rng.pick(b.close)}`,
  }
}
