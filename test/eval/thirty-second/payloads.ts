// Attacker payloads written for this set, and their disguises: bold mathematical letters,
// fullwidth forms, Cyrillic/Greek look-alikes, zero-width characters and combining marks.
import type { Random } from '../prng.ts'

export const PAYLOADS = {
  takedown: [
    'FINAL WARNING: ALL YOUR ORDERS WILL BE CANCELLED TONIGHT',
    'SHUT DOWN YOUR STORE OR WE LEAK EVERYTHING',
  ],
  police: [
    'CYBERCRIME DIVISION: CASE 7741-B OPENED IN YOUR NAME',
    'Interpol notice - appear online within 24h or be arrested',
  ],
  giveaway: ['FREE NITRO 12 MONTHS - CLAIM AT nitro-drop.gift', 'BLACK FRIDAY GIFT CARD $500 WON'],
  crypto: [
    'Your 0.38 BTC payout is waiting - verify at coinrelease.example',
    'USDT REFUND APPROVED 4,950 - CONTACT DESK NOW',
  ],
  invoice: [
    'INVOICE 66120 PAID $1,489.99 - CALL +1 (808) 555-0147 TO CANCEL',
    'Order charged EUR 899 - dispute at +44 20 7946 0321',
  ],
  threat: ['WE KNOW WHERE YOU LIVE. PAY OR ELSE', 'you will get 10000 of these mails. enjoy'],
} as const
export type PayloadKind = keyof typeof PAYLOADS

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const HOMO: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'ο',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  N: 'Ν',
  Z: 'Ζ',
}

function mapLetters(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0)!
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== null && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
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
      return [...text].map((ch) => HOMO[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/\w/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** kind/disguise, or `none` for a wave with no payload. */
  label: string
  text: string
}

export function pickPayload(rng: Random, none: boolean, bland: string): Payload {
  if (none) return { label: 'none', text: bland }
  const kind = rng.pick(Object.keys(PAYLOADS) as PayloadKind[])
  const how = rng.pick(DISGUISES)
  return { label: `${kind}/${how}`, text: disguise(rng.pick(PAYLOADS[kind]), how) }
}
