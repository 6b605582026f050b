// Attacker payloads written for this set, and the disguises they arrive in (styled Unicode the
// companies echo): bold and italic math letters, fullwidth, Cyrillic and Greek look-alikes,
// zero-width joiners, combining marks, and plain text.
import type { Random } from '../prng.ts'

export const PAYLOAD_TEXTS = [
  { kind: 'takedown', text: 'FINAL NOTICE: ALL YOUR ACCOUNTS WILL BE SEIZED AT MIDNIGHT' },
  { kind: 'police', text: 'Cyber Crime Unit case 88-417: report to your local station today' },
  { kind: 'giveaway', text: 'FREE NITRO 12 MONTHS claim before it expires' },
  { kind: 'crypto', text: 'Wallet airdrop 4.2 ETH pending, connect now to receive' },
  { kind: 'invoice', text: 'Invoice INV-55031 overdue 1,249.00 EUR pay within 24h' },
  { kind: 'threat', text: 'we know where you live and we are not done with you' },
  { kind: 'orders', text: 'TAKE DOWN ORDERS NOW or lose the domain forever' },
  { kind: 'support', text: 'Call +1 888 204 7731 immediately to cancel the 899 USD charge' },
] as const

function shift(text: string, upper: number, lower: number, digit?: number): string {
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

const CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  E: 'Е',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  H: 'Н',
  K: 'К',
  M: 'М',
  B: 'В',
}
const GREEK: Record<string, string> = {
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
  Y: 'Υ',
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
}
const swap = (map: Record<string, string>) => (t: string) =>
  [...t].map((ch) => map[ch] ?? ch).join('')

export const DISGUISES: Record<string, (text: string) => string> = {
  plain: (t) => t,
  bold: (t) => shift(t, 0x1d400, 0x1d41a, 0x1d7ce),
  italic: (t) => shift(t, 0x1d434, 0x1d44e),
  fullwidth: (t) => shift(t, 0xff21, 0xff41, 0xff10),
  cyrillic: swap(CYRILLIC),
  greek: swap(GREEK),
  zerowidth: (t) => [...t].join('\u200b'),
  combining: (t) => [...t].map((ch) => (/[a-z]/iu.test(ch) ? `${ch}\u0336` : ch)).join(''),
}
export const DISGUISE_NAMES = Object.keys(DISGUISES)

export interface Payload {
  /** kind/disguise, or `none`. */
  label: string
  text: string
}

export const NO_PAYLOAD: Payload = { label: 'none', text: '' }

export function pickPayload(rng: Random, n: number): Payload {
  if (n % 4 === 3) return NO_PAYLOAD
  const p = PAYLOAD_TEXTS[n % PAYLOAD_TEXTS.length]!
  const disguise = DISGUISE_NAMES[(n * 3 + rng.int(0, 1)) % DISGUISE_NAMES.length]!
  return { label: `${p.kind}/${disguise}`, text: DISGUISES[disguise]!(p.text) }
}
