// Attacker payloads written for this set (typed into the forms' name or subject fields, echoed
// by the companies) and the Unicode disguises applied to them; every fourth wave carries none.
import type { Random } from '../prng.ts'

export const PAYLOADS = {
  takedown: [
    'FINAL TAKEDOWN ORDER - YOUR CHANNEL ENDS TONIGHT',
    'WE ARE REMOVING YOUR ACCOUNTS ONE BY ONE',
    'TAKE DOWN NOTICE: PAY OR LOSE EVERYTHING',
  ],
  police: [
    'CYBER POLICE UNIT CASE 4471 - RESPOND OR BE ARRESTED',
    'OFFICIAL WARRANT ISSUED IN YOUR NAME',
  ],
  giveaway: ['FREE NITRO 12 MONTHS CLAIM NOW', 'YOU WON 5000 ROBUX - CLAIM TODAY'],
  crypto: ['SEND 0.05 BTC TO STOP THIS', 'DOUBLE YOUR USDT IN 24H - VERIFIED WALLET'],
  invoice: [
    'INVOICE 88213 OVERDUE CALL +1 808 555 0142',
    'ORDER CONFIRMED $1,249.99 CALL TO CANCEL',
  ],
  threat: ['WE KNOW WHERE YOU LIVE', 'THIS INBOX IS OURS NOW'],
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
      return [...text].map((ch) => HOMOGLYPH[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/[A-Z]/u.test(ch) ? ch + '\u0336' : ch)).join('')
  }
}

export interface Payload {
  /** kind/disguise, or none. */
  label: string
  /** The text typed into the form (the name field, or the ticket subject). */
  text: string
}

const BLAND = ['Maria Jensen', 'Tom Becker', 'Ana Ruiz', 'Luca Moretti', 'Eva Smit', 'Paul Girard']

/** Every fourth wave (index % 4 === 3) carries no payload, only a bland name. */
export function pickPayload(rng: Random, index: number): Payload {
  if (index % 4 === 2) return { label: 'none', text: rng.pick(BLAND) }
  const kinds = Object.keys(PAYLOADS) as PayloadKind[]
  const kind = kinds[index % kinds.length]!
  const how = DISGUISES[Math.floor(index / 2) % DISGUISES.length]!
  return { label: `${kind}/${how}`, text: disguise(rng.pick(PAYLOADS[kind]), how) }
}
