// Attacker payloads typed into the name / subject fields of the forms, written fresh for this
// set, and the disguises attackers use on them (styled Unicode, fullwidth, look-alike letters,
// invisible characters, combining marks). "plain-name" waves carry no payload: a bland name.
import type { Random } from '../prng.ts'

export const PAYLOAD_TEXTS = {
  threat: [
    'FINAL WARNING: your account is under criminal investigation, respond within 12h',
    'Notice of lawsuit filed against you - case 88-CV-2291 - reply to avoid arrest',
  ],
  takedown: [
    'TAKEDOWN ORDER: all your domains will be removed tonight',
    'DMCA TAKE DOWN NOTICE issued to your website - comply immediately',
  ],
  police: [
    'Cyber police department: warrant prepared in your name',
    'Interpol notice #4471: you are summoned, call now',
  ],
  giveaway: [
    'You won 3 months of FREE Discord Nitro, claim at nitro-gifts.example',
    'Congratulations! Free iPhone 17 reserved for you - claim today',
  ],
  invoice: [
    'Invoice INV-77410 overdue: 1,299.00 USD will be charged, call +1 808 555 0143 to cancel',
    'PayPal receipt: 849.99 EUR to crypto-exchange, dispute at +44 20 3900 1188',
  ],
  crypto: [
    'Your wallet received 2.5 BTC - withdraw now at btc-claim.example',
    'USDT airdrop approved: 25,000 USDT waiting for you',
  ],
} as const

export type PayloadKind = keyof typeof PAYLOAD_TEXTS
export const PAYLOAD_KINDS = Object.keys(PAYLOAD_TEXTS) as PayloadKind[]

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

function mapLetters(text: string, upper: number, lower: number, digit?: number): string {
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0)!
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== undefined && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
      return ch
    })
    .join('')
}

/** Latin letters replaced by Cyrillic and Greek letters that look the same. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  K: 'Κ',
  M: 'Μ',
  O: 'Ο',
  T: 'Τ',
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, 0x1d5d4, 0x1d5ee, 0x1d7ec)
    case 'fullwidth':
      return mapLetters(text, 0xff21, 0xff41, 0xff10)
    case 'homoglyph':
      return [...text].map((ch) => LOOKALIKE[ch] ?? ch).join('')
    case 'zero-width':
      return [...text].map((ch, i) => (i % 3 === 2 ? `${ch}\u200b` : ch)).join('')
    case 'combining':
      return [...text].map((ch) => (/[a-z]/iu.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** Label tag, e.g. `giveaway/fullwidth`; `none` for bland names. */
  tag: string
  /** What the attacker typed into the name field. */
  text: string
}

const BLAND = ['John', 'Anna', 'M. Keller', 'Sam', 'Lucía', 'J.']

export function drawPayload(rng: Random, kind: PayloadKind | 'none', how: Disguise): Payload {
  if (kind === 'none') return { tag: 'none', text: rng.pick(BLAND) }
  return { tag: `${kind}/${how}`, text: disguise(rng.pick(PAYLOAD_TEXTS[kind]), how) }
}
