// The disguises attackers put on a payload: mathematical bold and script letters, fullwidth
// forms, Cyrillic and Greek look-alikes, zero-width characters and stacked combining marks.
import type { Random } from '../prng.ts'

export const DISGUISES = [
  'plain',
  'bold',
  'script',
  'fullwidth',
  'cyrillic',
  'greek',
  'zerowidth',
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

function fullwidth(text: string): string {
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0)
      return c > 32 && c < 127 ? String.fromCharCode(c + 0xfee0) : ch === ' ' ? '\u3000' : ch
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

function lookalike(text: string, table: Record<string, string>): string {
  return [...text].map((ch) => table[ch] ?? ch).join('')
}

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']

export function disguise(rng: Random, text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return shift(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'script':
      // Bold script has no holes in Unicode, unlike plain script.
      return shift(text, 0x1d4d0, 0x1d4ea)
    case 'fullwidth':
      return fullwidth(text)
    case 'cyrillic':
      return lookalike(text, CYRILLIC)
    case 'greek':
      return lookalike(text, GREEK)
    case 'zerowidth':
      return [...text]
        .map((ch) => (ch !== ' ' && rng.chance(0.4) ? ch + rng.pick(ZERO_WIDTH) : ch))
        .join('')
    case 'combining':
      return [...text]
        .map((ch) =>
          /\p{L}/u.test(ch) && rng.chance(0.5)
            ? ch + String.fromCharCode(0x0300 + rng.int(0, 0x2f))
            : ch,
        )
        .join('')
  }
}
