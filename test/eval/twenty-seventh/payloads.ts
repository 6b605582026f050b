// Attacker payloads written for this set (what is typed into the forms and echoed back by the
// companies) and their disguises in styled Unicode. Every fourth wave carries none: the form
// gets a bland name instead.
import type { Random } from '../prng.ts'

export const PAYLOADS: Readonly<Record<string, readonly string[]>> = {
  takedown: [
    'ACCOUNT SUSPENSION ORDER 7731 - COMPLY NOW',
    'FINAL TAKEDOWN WARNING: your pages go dark at midnight',
  ],
  police: [
    'Cyber Police Unit - case file opened against you',
    'INTERPOL REFERRAL #55-0912: respond within 24h',
  ],
  giveaway: [
    'FREE NITRO 12 MONTHS claim at nitro-gift.example',
    'You won 2 iPhone 17 - claim today',
  ],
  crypto: ['Wallet frozen: 4.2 BTC awaits release', 'USDT airdrop 5000 - connect wallet now'],
  invoice: [
    'INVOICE 88-3145 OVERDUE $1,489.00 call +1 808 555 0137',
    'Payment receipt 92.77 EUR disputed? call us',
  ],
  threat: ['WE KNOW WHERE YOU LIVE', 'Your secrets get published Friday'],
}

const BLAND = ['Harry P', 'test user', 'M. Jansen', 'Nomad', 'Kim', 'contact form']

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
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
  C: 'С',
}

export const DISGUISES: Readonly<Record<string, (text: string) => string>> = {
  plain: (t) => t,
  bold: (t) => mapLetters(t, 0x1d400, 0x1d41a, 0x1d7ce),
  'sans-bold': (t) => mapLetters(t, 0x1d5d4, 0x1d5ee, 0x1d7ec),
  fullwidth: (t) => mapLetters(t, 0xff21, 0xff41, 0xff10),
  homoglyph: (t) => [...t].map((ch) => HOMOGLYPHS[ch] ?? ch).join(''),
  zerowidth: (t) => [...t].join('\u200b'),
  combining: (t) => [...t].map((ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join(''),
}

export interface Payload {
  /** `<kind>/<disguise>`, or `none`. */
  name: string
  text: string
}

export function pickPayload(rng: Random, waveIndex: number): Payload {
  if (waveIndex % 4 === 3) return { name: 'none', text: rng.pick(BLAND) }
  const kinds = Object.keys(PAYLOADS)
  const kind = kinds[waveIndex % kinds.length]!
  const disguises = Object.keys(DISGUISES)
  const disguise = disguises[(waveIndex * 5 + 1) % disguises.length]!
  return { name: `${kind}/${disguise}`, text: DISGUISES[disguise]!(rng.pick(PAYLOADS[kind]!)) }
}
