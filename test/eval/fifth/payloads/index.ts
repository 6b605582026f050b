// The attacker payloads of a wave: one to three kinds, each in the wave's language when written in
// it (else English, as attackers often paste English into any form), each dressed in a disguise.
import type { Random } from '../../prng.ts'
import { LANGUAGES, type Lang } from '../../types.ts'
import { applyDisguise, pickDisguise } from './disguise.ts'
import { CRYPTO, CUSTOMS, GIVEAWAY, INVOICE, JOB, PROMO, TAX_REFUND } from './texts-lures.ts'
import { DELETION, LEGAL, POLICE, SEXTORTION, TAKEDOWN } from './texts-threats.ts'
import type { Payload, PayloadText } from './types.ts'

export const PAYLOAD_TEXTS: Record<string, PayloadText> = {
  legal: LEGAL,
  takedown: TAKEDOWN,
  police: POLICE,
  deletion: DELETION,
  sextortion: SEXTORTION,
  giveaway: GIVEAWAY,
  invoice: INVOICE,
  crypto: CRYPTO,
  customs: CUSTOMS,
  'tax-refund': TAX_REFUND,
  job: JOB,
  promo: PROMO,
}

export const PAYLOAD_KINDS = Object.keys(PAYLOAD_TEXTS)

function payload(rng: Random, kind: string, waveLang: Lang | 'multi'): Payload {
  const texts = PAYLOAD_TEXTS[kind]!
  const written = LANGUAGES.filter((l) => texts[l])
  const lang: Lang =
    waveLang === 'multi' ? rng.pick(written) : texts[waveLang] && rng.chance(0.65) ? waveLang : 'en'
  const [line, more] = texts[lang] ?? texts.en
  const disguise = pickDisguise(rng)
  return {
    kind,
    disguise,
    lang,
    short: applyDisguise(disguise, line),
    long: applyDisguise(disguise, /[.!?]$/u.test(line) ? `${line} ${more}` : `${line}. ${more}`),
  }
}

/** One to three distinct payload kinds for a wave. */
export function wavePayloads(rng: Random, waveLang: Lang | 'multi'): Payload[] {
  const count = rng.pick([1, 1, 2, 2, 2, 3])
  return rng
    .shuffle(PAYLOAD_KINDS)
    .slice(0, count)
    .map((kind) => payload(rng, kind, waveLang))
}
