// Payloads the attackers type into the forms, written for this set, and the Unicode disguises
// they wear: bold mathematical letters, fullwidth, Cyrillic/Greek look-alikes, zero-width
// characters between letters, combining marks. Every fourth wave carries no payload.
import type { Random } from '../prng.ts'

export const PAYLOAD_TEXTS: Readonly<Record<string, readonly string[]>> = {
  takedown: [
    'ACCOUNT TERMINATION NOTICE - LAST WARNING',
    'YOUR SITE WILL BE DELISTED IN 24H',
    'COPYRIGHT STRIKE 3 OF 3 FINAL',
  ],
  police: ['CYBER CRIME UNIT: CASE OPENED AGAINST YOU', 'INTERPOL SUMMONS REF 88-41 RESPOND NOW'],
  giveaway: ['CLAIM YOUR FREE NITRO 12 MONTHS', 'YOU WON A PLAYSTATION 6 CLICK HERE'],
  crypto: ['WITHDRAW 2.84 BTC BEFORE MIDNIGHT', 'USDT BONUS WALLET UNLOCKED +4500'],
  invoice: ['INVOICE 77120 OVERDUE PAY 1,299.00 USD', 'ORDER CONFIRMED: IPHONE 17 PRO 1599 EUR'],
  threat: ['WE HAVE YOUR PASSWORDS AND PHOTOS', 'STOP IGNORING US OR EVERYONE WILL KNOW'],
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

const HOMOGLYPH: Record<string, string> = {
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
  Y: 'Υ',
  N: 'Ν',
  Z: 'Ζ',
}

function mapLetters(text: string, f: (ch: string) => string): string {
  return [...text].map(f).join('')
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, (ch) => {
        const c = ch.codePointAt(0)!
        if (c >= 65 && c <= 90) return String.fromCodePoint(0x1d400 + c - 65)
        if (c >= 48 && c <= 57) return String.fromCodePoint(0x1d7ce + c - 48)
        return ch
      })
    case 'fullwidth':
      return mapLetters(text, (ch) => {
        const c = ch.codePointAt(0)!
        return c > 32 && c < 127 ? String.fromCodePoint(c + 0xfee0) : ch
      })
    case 'homoglyph':
      return mapLetters(text, (ch) => HOMOGLYPH[ch] ?? ch)
    case 'zerowidth':
      return mapLetters(text, (ch) => (ch === ' ' ? ch : `${ch}\u200b`))
    case 'combining':
      return mapLetters(text, (ch) => (/[A-Z]/u.test(ch) ? `${ch}\u0336` : ch))
  }
}

export interface Payload {
  /** kind/disguise, or `none`. */
  label: string
  /** What the attacker typed, as the companies echo it; a bland name when there is none. */
  text: string
  none: boolean
}

const BLAND = ['Hello', 'Info request', 'Question', 'Account', 'Support', 'Contact']

export function pickPayload(rng: Random, index: number): Payload {
  if (index % 4 === 3) return { label: 'none', text: rng.pick(BLAND), none: true }
  const kinds = Object.keys(PAYLOAD_TEXTS)
  const kind = kinds[index % kinds.length]!
  const how = DISGUISES[(index + Math.floor(index / 6) * 2) % DISGUISES.length]!
  return {
    label: `${kind}/${how}`,
    text: disguise(rng.pick(PAYLOAD_TEXTS[kind]!), how),
    none: false,
  }
}
