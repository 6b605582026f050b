// Attacker payloads, written fresh for this set, and their disguises. A payload is what the
// attacker types into a form's name or subject field; the company's mail repeats it where its
// text has a {name} or {title} slot. Phone numbers are from ranges reserved for fiction.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export const PAYLOAD_KINDS = [
  'threat',
  'takedown',
  'police',
  'giveaway',
  'invoice',
  'crypto',
] as const
export type PayloadKind = (typeof PAYLOAD_KINDS)[number]

const TEXTS: Record<PayloadKind, Partial<Record<Lang, string>> & { en: string }> = {
  threat: {
    en: 'FINAL LEGAL NOTICE: court papers filed against you today, respond within 24h',
    de: 'LETZTE MAHNUNG vor Klageeinreichung – Antwort binnen 24 Std.',
    fr: 'MISE EN DEMEURE : une plainte a été déposée contre vous',
    it: 'ULTIMO AVVISO LEGALE: citazione in giudizio a suo nome',
  },
  takedown: {
    en: 'TAKE DOWN ORDER - your website will be removed in 48 hours',
    es: 'ORDEN DE RETIRADA: su sitio web será eliminado en 48 horas',
    nl: 'VERWIJDERINGSBEVEL – uw website gaat binnen 48 uur offline',
  },
  police: {
    en: 'Cyber Police Unit: your IP was logged, call +44 20 7946 0321 now',
    fr: 'Brigade numérique : votre adresse IP a été signalée, appelez le 01 99 00 12 34',
    pt: 'Polícia Cibernética: o seu IP foi registado, ligue já',
  },
  giveaway: {
    en: 'FREE DISCORD NITRO 1 YEAR claim at nitro-gift.example',
    es: 'Has ganado un iPhone 17 – reclámalo hoy',
    pt: 'PARABÉNS! Você ganhou um PIX de R$ 5.000',
    nl: 'GRATIS Albert-cadeaukaart van €500 – claim nu',
  },
  invoice: {
    en: 'Invoice #INV-88213 $749.99 PayPal charge - call 202-555-0147 to cancel',
    de: 'Rechnung 2027-4471 über 389,00 € – Widerspruch unter 030 23125 000',
    it: 'Fattura n. 5531: addebito di 612 € – chiama per annullare',
  },
  crypto: {
    en: 'Your wallet received 2.4 BTC – withdraw at btc-claim.example',
    de: 'Bitcoin-Gutschrift 0,8 BTC wartet auf Auszahlung',
    fr: 'Vous avez reçu 1,2 ETH – retrait sur eth-retrait.example',
  },
}

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  E: 'Е',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  H: 'Н',
  K: 'К',
  M: 'М',
  B: 'В',
}
const GREEK: Record<string, string> = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
  Y: 'Υ',
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
}

function shift(ch: string, upper: number, lower: number, digit: number | null): string {
  const code = ch.codePointAt(0)!
  if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65)
  if (code >= 97 && code <= 122) return String.fromCodePoint(lower + code - 97)
  if (digit !== null && code >= 48 && code <= 57) return String.fromCodePoint(digit + code - 48)
  return ch
}

export function disguise(text: string, how: Disguise): string {
  const chars = [...text]
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return chars.map((c) => shift(c, 0x1d400, 0x1d41a, 0x1d7ce)).join('')
    case 'fullwidth':
      return chars.map((c) => shift(c, 0xff21, 0xff41, 0xff10)).join('')
    case 'cyrillic':
      return chars.map((c) => CYRILLIC[c] ?? c).join('')
    case 'greek':
      return chars.map((c) => GREEK[c] ?? c).join('')
    case 'zero-width':
      return chars.join('\u200b')
    case 'combining':
      return chars.map((c) => (/\p{L}/u.test(c) ? c + '\u0336' : c)).join('')
  }
}

export interface Payload {
  kind: PayloadKind
  disguise: Disguise
  text: string
}

/** A payload in the wave's language where one is written, else English, in a drawn disguise. */
export function drawPayload(rng: Random, lang: Lang): Payload {
  const kind = rng.pick(PAYLOAD_KINDS)
  const texts = TEXTS[kind]
  const base = texts[lang] ?? texts.en
  const how = rng.chance(0.35) ? 'plain' : rng.pick(DISGUISES.slice(1))
  return { kind, disguise: how, text: disguise(base, how) }
}

/** Bland form input of waves without payload: a first name and a short title. */
export const BLAND_NAMES = ['John', 'Anna', 'Mike', 'Laura', 'Test', 'Tom', 'Maria', 'Peter']
export const BLAND_TITLES = [
  'Question',
  'Hello',
  'Support request',
  'Information',
  'Help',
  'Contact',
]
