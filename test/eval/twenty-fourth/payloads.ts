// What the attacker types into the forms, written for this set, and the disguises it wears
// (styled Unicode the companies echo back). Every fourth wave carries no payload: a bland name.
import type { Random } from '../prng.ts'

export const KINDS = ['takedown', 'police', 'giveaway', 'crypto', 'invoice', 'threat'] as const

const TEXTS: Record<(typeof KINDS)[number], readonly string[]> = {
  takedown: [
    'SHUTDOWN NOTICE: ALL YOUR ACCOUNTS CLOSE AT MIDNIGHT',
    'REMOVE THIS PERSON FROM EVERY PLATFORM NOW',
    'FINAL TAKEDOWN WARNING - SITE SEIZED',
  ],
  police: [
    'CYBER CRIME UNIT: WARRANT No 88-1173 ISSUED IN YOUR NAME',
    'Europol case file opened - report to station 14 within 24h',
    'POLIZEI VORLADUNG - Aktenzeichen 4471/26',
  ],
  giveaway: [
    'You won 3 months of NITRO free - claim at nitr0-gift dot shop',
    'FREE iPhone 17 winner selected - confirm shipping today',
    'Steam wallet 500 EUR gift unlocked',
  ],
  crypto: [
    'BTC wallet recovery: send 0.05 to unlock 2.4 BTC',
    'USDT doubling event ends in 1 hour',
    'Your Ledger is compromised, move funds to safe vault',
  ],
  invoice: [
    'Invoice INV-99310 overdue: 1,849.00 EUR will be charged',
    'PayPal order 7HX-22 for 699.99 USD confirmed, call to cancel',
    'Renewal of Norton Total Security 389 USD processed',
  ],
  threat: [
    'WE KNOW WHERE YOU LIVE',
    'this is only the beginning, check your inbox',
    'pay or your photos go public',
  ],
}

const BLAND = [
  'Ana Ribeiro',
  'Tom Becker',
  'Marie Duval',
  'Luca Bassi',
  'Eva Jansen',
  'Pablo Gil',
  'Sam Carter',
]

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

function mapLetters(text: string, upper: number, lower: number, digit?: number): string {
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0)
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== undefined && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
      return ch
    })
    .join('')
}

const HOMOGLYPH: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  A: 'Α',
  E: 'Ε',
  O: 'Ο',
  T: 'Τ',
  H: 'Η',
  K: 'Κ',
  M: 'Μ',
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'fullwidth':
      return mapLetters(text, 0xff21, 0xff41, 0xff10)
    case 'homoglyph':
      return [...text].map((ch) => HOMOGLYPH[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/\w/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** kind/disguise, or none. */
  label: string
  text: string
}

/** Wave n's payload: none every fourth wave, else a kind and a disguise in turn. */
export function payloadFor(rng: Random, n: number): Payload {
  if (n % 4 === 3) return { label: 'none', text: rng.pick(BLAND) }
  const kind = KINDS[n % KINDS.length]!
  const how = DISGUISES[Math.floor(n / 2) % DISGUISES.length]!
  return { label: `${kind}/${how}`, text: disguise(rng.pick(TEXTS[kind]), how) }
}
