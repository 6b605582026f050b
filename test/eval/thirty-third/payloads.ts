// Attacker payloads written for this set, and the disguises attackers type them in: bold
// mathematical letters, fullwidth forms, Cyrillic/Greek look-alikes, zero-width joiners and
// combining strokes. Every fourth wave carries none (the form gets a bland name).
import type { Random } from '../prng.ts'

export const PAYLOADS = {
  takedown: 'SHUTDOWN NOTICE: all your listings will be removed in 12h',
  police: 'CYBER POLICE UNIT 7 — case file opened, reply or be charged',
  giveaway: 'Claim your FREE Steam wallet 500€ now at steamgiftz.example',
  crypto: 'Your 0.84 BTC withdrawal is pending: confirm at btc-release.example',
  invoice: 'UNPAID INVOICE 88213 — €1,940 will be debited today',
  threat: 'we know where you live. pay or everything gets posted',
  extort: 'Your camera recorded you. Send 600 USD in BTC within 48 hours',
  sextortion: 'ACCOUNT FROZEN by order of the data protection office',
} as const
export type PayloadKind = keyof typeof PAYLOADS

export const DISGUISES = [
  'plain',
  'bold',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

function shift(text: string, upper: number, lower: number, digit?: number): string {
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

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у' }
const GREEK: Record<string, string> = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', O: 'Ο' }

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return shift(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'fullwidth':
      return shift(text, 0xff21, 0xff41, 0xff10)
    case 'cyrillic':
      return [...text].map((ch) => CYRILLIC[ch] ?? ch).join('')
    case 'greek':
      return [...text.toUpperCase()].map((ch) => GREEK[ch] ?? ch).join('')
    case 'zero-width':
      return [...text].join('\u200b')
    case 'combining':
      return [...text].map((ch) => (/\w/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}

export interface Payload {
  /** `kind/disguise`, or `none`. */
  label: string
  text: string
}

const BLAND = ['Alex', 'Sam K.', 'customer', 'M. Jansen', 'Robin']

export function payloadFor(rng: Random, waveIndex: number): Payload {
  if (waveIndex % 4 === 3) return { label: 'none', text: rng.pick(BLAND) }
  const kind = rng.pick(Object.keys(PAYLOADS) as PayloadKind[])
  const how = DISGUISES[waveIndex % DISGUISES.length]!
  return { label: `${kind}/${how}`, text: disguise(PAYLOADS[kind], how) }
}
