// What the attacker types into the forms: payload texts written for this set, and the styled
// Unicode disguises (bold mathematical letters, fullwidth, Cyrillic/Greek look-alikes, zero-width
// characters, combining marks). Every fourth wave carries none (a bland name).
import type { Random } from '../prng.ts'

export const PAYLOADS: Readonly<Record<string, readonly string[]>> = {
  takedown: [
    'TAKE DOWN ORDER 4471: YOUR SITE GOES DARK AT MIDNIGHT',
    'FINAL TAKEDOWN WARNING - CALL US BEFORE 6PM',
  ],
  police: [
    'CYBER POLICE UNIT: CASE 88-210 OPENED AGAINST YOU',
    'Europol notice - appear online or face arrest',
  ],
  giveaway: ['FREE NITRO 12 MONTHS - CLAIM NOW', 'You won 5000 USDT, claim within 24h'],
  crypto: ['BTC doubling event live: send 0.1 get 0.2', 'Wallet frozen: verify seed phrase now'],
  invoice: ['INVOICE #INV-30917 OVERDUE 1,480.00 EUR', 'Unpaid bill 749 USD - pay via link today'],
  threat: ['we know where you live, pay or else', 'YOUR ACCOUNTS ARE BEING DELETED ONE BY ONE'],
}

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const GLYPHS: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'ο',
  p: 'р',
  c: 'с',
  x: 'х',
  A: 'Α',
  E: 'Ε',
  O: 'О',
  T: 'Т',
  K: 'Κ',
  H: 'Н',
  C: 'С',
  P: 'Р',
  M: 'М',
}

function mapLetters(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65)
      if (code >= 97 && code <= 122) return String.fromCodePoint(lower + code - 97)
      if (digit !== null && code >= 48 && code <= 57) return String.fromCodePoint(digit + code - 48)
      return ch
    })
    .join('')
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'fullwidth':
      return mapLetters(text, 0xff21, 0xff41, 0xff10).replace(/ /gu, '\u3000')
    case 'homoglyph':
      return [...text].map((ch) => GLYPHS[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/\w/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface WavePayload {
  /** kind/disguise, or none. */
  label: string
  text: string
}

const BLAND = ['J. Smith', 'test user', 'Alex', 'hello', 'M. Rossi', 'Kim', 'customer']

export function payloadFor(rng: Random, index: number): WavePayload {
  if (index % 4 === 3) return { label: 'none', text: rng.pick(BLAND) }
  const kind = rng.pick(Object.keys(PAYLOADS))
  const how = DISGUISES[index % DISGUISES.length]!
  return { label: `${kind}/${how}`, text: disguise(rng.pick(PAYLOADS[kind]!), how) }
}
