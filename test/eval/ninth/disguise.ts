// The disguises attackers put on payload text so filters miss it: mathematical bold and script
// letters, fullwidth forms, Cyrillic and Greek look-alikes, zero-width characters and combining
// marks. Each is a pure function of the text (and the generator for the scattered ones).
import type { Random } from '../prng.ts'

export const DISGUISES = [
  'plain',
  'bold',
  'script',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

/** Maps A–Z and a–z onto a run of Unicode letters starting at the given code points. */
function shiftLetters(text: string, upper: number, lower: number): string {
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0)!
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
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
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
}

function swap(text: string, table: Record<string, string>): string {
  return [...text].map((ch) => table[ch] ?? ch).join('')
}

export function disguise(rng: Random, text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return shiftLetters(text, 0x1d400, 0x1d41a)
    case 'script':
      // Bold script has no holes in the block, unlike the plain script letters.
      return shiftLetters(text, 0x1d4d0, 0x1d4ea)
    case 'fullwidth':
      return shiftLetters(text, 0xff21, 0xff41)
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text, GREEK)
    case 'zero-width':
      return [...text].map((ch) => (ch !== ' ' && rng.chance(0.4) ? ch + '\u200b' : ch)).join('')
    case 'combining':
      return [...text]
        .map((ch) => (/\p{L}/u.test(ch) && rng.chance(0.3) ? ch + '\u0336' : ch))
        .join('')
  }
}
