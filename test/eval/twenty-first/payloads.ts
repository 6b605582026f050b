// Attacker payloads written for this set and the disguises they are typed in (bold mathematical
// letters, fullwidth, Cyrillic/Greek look-alikes, zero-width characters, combining marks).
import type { Random } from '../prng.ts'

export const PAYLOADS: readonly { kind: string; text: string }[] = [
  { kind: 'takedown', text: 'FINAL TAKEDOWN ORDER: YOUR DOMAIN GOES DARK AT MIDNIGHT' },
  { kind: 'takedown', text: 'Channel removal notice #55-X - appeal within 2h or lose everything' },
  { kind: 'police', text: 'CYBER UNIT SUMMONS: report to station 14 with ID, case 88-219' },
  { kind: 'police', text: 'Europol warrant issued in your name - call agent Varga now' },
  { kind: 'giveaway', text: 'FREE NITRO 12 MONTHS - claim before it expires' },
  { kind: 'giveaway', text: 'You won an iPhone 17 Pro - pick it up today' },
  { kind: 'crypto', text: 'Withdraw 2.47 BTC now - wallet unlocked' },
  { kind: 'crypto', text: 'Your USDT airdrop of 9,800 is waiting, verify wallet' },
  { kind: 'invoice', text: 'Invoice INV-30417 overdue EUR 1,289.00 - pay or collection' },
  { kind: 'invoice', text: 'Your Geek Squad renewal $499.99 charged, call to cancel' },
  { kind: 'threat', text: 'we know where you live. pay or we publish the files' },
  { kind: 'threat', text: 'LAST WARNING: 72 HOURS BEFORE WE LEAK YOUR PHOTOS' },
]

/** Harmless names and ticket subjects typed when a wave carries no payload. */
export const BLAND = ['Anna', 'test', 'Question', 'Hello', 'J. Smith', 'info', 'x'] as const

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'homoglyph',
  'zerowidth',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

const LOOK: Record<string, string> = {
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
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
}

function mapLetters(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!
      if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + code - 65)
      if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + code - 97)
      if (digit !== null && ch >= '0' && ch <= '9') return String.fromCodePoint(digit + code - 48)
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
      return mapLetters(text, 0xff21, 0xff41, 0xff10)
    case 'homoglyph':
      return [...text].map((ch) => LOOK[ch] ?? ch).join('')
    case 'zerowidth':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface WavePayload {
  /** Label, e.g. `police/bold`, or `none`. */
  label: string
  /** What the attacker typed (disguised), or a bland text. */
  text: string
  bland: boolean
}

export function pickPayload(rng: Random, index: number): WavePayload {
  if (index % 4 === 3) return { label: 'none', text: rng.pick(BLAND), bland: true }
  const p = rng.pick(PAYLOADS)
  const how = DISGUISES[index % DISGUISES.length]!
  return { label: `${p.kind}/${how}`, text: disguise(p.text, how), bland: false }
}
