// Attacker payloads written for this set (typed into the name, subject or message fields of the
// abused forms) and the disguises they wear: plain, bold mathematical letters, fullwidth,
// Cyrillic/Greek look-alikes, zero-width characters between letters, combining strokes.
import type { Random } from '../prng.ts'

const TEXTS = {
  takedown: [
    'FINAL NOTICE: ACCOUNT SCHEDULED FOR REMOVAL IN 24H',
    'ORDER TO SHUT DOWN YOUR PAGE - COMPLY NOW',
    'YOUR DOMAIN WILL BE SEIZED TONIGHT',
  ],
  police: [
    'CYBER UNIT CASE 7781-B: CALL THE OFFICER IMMEDIATELY',
    'WARRANT ISSUED IN YOUR NAME - RESPOND TO DETECTIVE',
    'Federal complaint filed against this address',
  ],
  giveaway: [
    'CLAIM 12 MONTHS NITRO FREE',
    'You won an iPhone 17 - pick it up',
    'FREE SKINS DROP 🎁',
  ],
  crypto: [
    'Your 0.84 BTC payout is waiting - withdraw now',
    'USDT wallet unlocked: 19,400 to release',
    'ETH airdrop approved for your wallet',
  ],
  invoice: [
    'INVOICE 88-2291 OVERDUE: 1,249.00 EUR DEBITED TODAY',
    'Payment of $799.99 confirmed - call to cancel',
    'Geek Squad renewal charged 449.90',
  ],
  threat: [
    'we know where you live. pay or else',
    'LAST WARNING BEFORE WE PUBLISH YOUR FILES',
    'your inbox is ours now',
  ],
} as const

export type PayloadKind = keyof typeof TEXTS
export const PAYLOAD_KINDS = Object.keys(TEXTS) as PayloadKind[]

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const HOMOGLYPHS: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
  a: 'а', c: 'с', e: 'е', o: 'ο', p: 'р', x: 'х', y: 'у', i: 'і', N: 'Ν', I: 'Ι',
} // prettier-ignore

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
      return chars.map((c) => (c === ' ' ? '　' : shift(c, 0xff21, 0xff41, 0xff10))).join('')
    case 'homoglyph':
      return chars.map((c) => HOMOGLYPHS[c] ?? c).join('')
    case 'zerowidth':
      return chars.map((c, i) => (i % 2 === 1 && c !== ' ' ? `${c}\u200b` : c)).join('')
    case 'combining':
      return chars.map((c) => (/[A-Za-z]/u.test(c) ? `${c}\u0336` : c)).join('')
  }
}

export interface Payload {
  /** `kind/disguise`, or `none` for a wave with a bland name. */
  label: string
  text: string
}

/** Every fourth wave (index 3, 7, ...) carries no payload: the typed name is bland. */
export function pickPayload(rng: Random, waveIndex: number): Payload | null {
  if (waveIndex % 4 === 3) return null
  const kind = PAYLOAD_KINDS[waveIndex % PAYLOAD_KINDS.length]!
  const how = DISGUISES[Math.floor(waveIndex / 2) % DISGUISES.length]!
  return { label: `${kind}/${how}`, text: disguise(rng.pick(TEXTS[kind]), how) }
}

export const BLAND_NAMES = ['Customer', 'Chris', 'Sam', 'A. Smith', 'test', 'Alex'] as const
