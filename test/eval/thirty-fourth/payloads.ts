// Attacker payloads typed into the forms, written for this set, and the disguises that dress them
// (bold mathematical letters, fullwidth, Cyrillic/Greek look-alikes, zero-width, combining marks).
import type { Random } from '../prng.ts'

export interface PayloadText {
  kind: string
  text: string
}

export const PAYLOAD_TEXTS: readonly PayloadText[] = [
  { kind: 'takedown', text: 'FINAL TAKE DOWN ORDER - your channel will be removed tonight' },
  { kind: 'takedown', text: 'TAKEDOWN NOTICE 7781: remove all content within 12 hours' },
  { kind: 'police', text: 'Cyber Police Unit: warrant issued against this address, call now' },
  { kind: 'police', text: 'INTERPOL notice - you are under investigation, reply to avoid arrest' },
  { kind: 'giveaway', text: 'FREE NITRO 12 MONTHS claim at dlscord-gift dot shop' },
  { kind: 'giveaway', text: 'You won an iPhone 17 Pro - confirm shipping at prize-vault dot top' },
  { kind: 'crypto', text: 'BTC wallet unlocked: withdraw 0.84 BTC at coinvault-release dot io' },
  { kind: 'crypto', text: 'Elon doubles your ETH today only - send 0.5 get 1.0 back' },
  { kind: 'invoice', text: 'INVOICE #INV-30917 USD 799.00 PAID - call +1 808 555 0199 to cancel' },
  {
    kind: 'invoice',
    text: 'Your Norton renewal of 349.99 EUR was charged. Dispute: +44 20 7946 0321',
  },
  { kind: 'threat', text: 'we know where you live. pay or everything gets published' },
  {
    kind: 'threat',
    text: 'LAST WARNING your accounts are hacked, see the proof in the attachment',
  },
]

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'lookalike',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

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

const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return mapLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'fullwidth':
      return mapLetters(text, 0xff21, 0xff41, 0xff10)
    case 'lookalike':
      return [...text].map((ch) => HOMOGLYPHS[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/[A-Za-z]/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** `kind/disguise`, or `none` for a wave without payload. */
  label: string
  /** What the attacker typed (disguised), or a bland name when there is none. */
  text: string
}

const BLAND = ['Alex', 'Sam Miller', 'M. Koster', 'test', 'Chris P.', 'J Smith']

export function pickPayload(rng: Random, waveIndex: number): Payload {
  if (waveIndex % 4 === 3) return { label: 'none', text: rng.pick(BLAND) }
  const base = rng.pick(PAYLOAD_TEXTS)
  const how = DISGUISES[waveIndex % DISGUISES.length]!
  return { label: `${base.kind}/${how}`, text: disguise(base.text, how) }
}
