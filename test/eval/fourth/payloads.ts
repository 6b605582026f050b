// One to three attacker payloads per wave: a class, a text (in the wave's language when one was
// written, else English) and a disguise; the numbers, phone and links are fixed per wave.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { disguise, pickDisguise, type Disguise } from './disguise.ts'
import { CHANNEL, CRYPTO, CUSTOMS, GIBBERISH, GIVEAWAY, RECRUITMENT } from './payload-lures.ts'
import { ACCOUNT, INVOICE, LEGAL, POLICE, TAKEDOWN, type PayloadTexts } from './payload-scares.ts'
import { fill, shaped } from './render.ts'

export const PAYLOAD_KINDS = {
  'legal-threat': LEGAL,
  takedown: TAKEDOWN,
  'police-notice': POLICE,
  'account-shutdown': ACCOUNT,
  'fake-invoice': INVOICE,
  giveaway: GIVEAWAY,
  crypto: CRYPTO,
  'customs-fee': CUSTOMS,
  'channel-promo': CHANNEL,
  recruitment: RECRUITMENT,
  gibberish: GIBBERISH,
} as const satisfies Record<string, PayloadTexts>
export type PayloadKind = keyof typeof PAYLOAD_KINDS

export interface Payload {
  kind: PayloadKind
  disguise: Disguise
  /** The plain texts, before any disguise (a username field keeps only letters of these). */
  plain: { title: string; name: string; message: string }
  title: string
  name: string
  message: string
}

const PHONES: Record<Lang, readonly string[]> = {
  en: ['+1 (808) 555-01##', '+1 888 555 01##', '+44 20 7946 0###', '+44 7700 900###'],
  de: ['+49 30 5550 1###', '0800 555 0###'],
  fr: ['+33 1 55 50 ## ##', '09 70 55 ## ##'],
  es: ['+34 910 555 ###', '900 555 ###'],
  pt: ['+351 210 555 ###', '+55 11 95555-0###'],
  it: ['+39 02 5550 ####', '800 555 ###'],
  nl: ['+31 20 555 0###', '0800 555 0###'],
}

const AMOUNTS: Record<Lang, readonly string[]> = {
  en: ['$689.99', '$349.00', '£2.99', '$1.95', '$499.95'],
  de: ['389,00 €', '2,99 €', '1.249,00 €'],
  fr: ['429,90 €', '2,99 €', '899,00 €'],
  es: ['349,99 €', '1,99 €', '620,00 €'],
  pt: ['R$ 1.890,00', '2,49 €', 'R$ 9,90'],
  it: ['459,00 €', '2,90 €', '1.120,00 €'],
  nl: ['€ 399,95', '€ 2,99', '€ 1.150,00'],
}

export function makePayload(rng: Random, lang: Lang, victim: string): Payload {
  const kind = rng.pick(Object.keys(PAYLOAD_KINDS) as PayloadKind[])
  const texts: PayloadTexts = PAYLOAD_KINDS[kind]
  const local = texts[lang]
  const useLocal = local !== undefined && rng.chance(0.6)
  const text = rng.pick(useLocal ? local : texts.en)
  const textLang: Lang = useLocal ? lang : 'en'
  const values = {
    case: shaped(rng, rng.pick(['######', '@@-#####', '####/####'])),
    phone: shaped(rng, rng.pick(PHONES[textLang])),
    amount: rng.pick(AMOUNTS[textLang]),
    code: shaped(rng, '%%%%%%%'),
    email: victim,
  }
  const plain = {
    title: fill(text.title, values),
    name: fill(text.name, values),
    message: fill(text.message, values),
  }
  const how: Disguise = kind === 'gibberish' ? 'plain' : pickDisguise(rng)
  return {
    kind,
    disguise: how,
    plain,
    title: disguise(rng, plain.title, how),
    name: disguise(rng, plain.name, how),
    message: rng.chance(0.5) ? disguise(rng, plain.message, how) : plain.message,
  }
}
