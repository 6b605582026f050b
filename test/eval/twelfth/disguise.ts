// The disguises attackers give a payload so a plain text match misses it: mathematical
// alphanumerics, fullwidth forms, Cyrillic and Greek look-alikes, zero-width characters and
// combining marks (Unicode blocks U+1D400, U+FF01, U+0400, U+0370, U+200B, U+0300).
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

function shiftLetters(text: string, upper: number, lower: number, digit?: number): string {
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
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
}

const swap = (text: string, table: Record<string, string>) =>
  [...text].map((ch) => table[ch] ?? ch).join('')

/** Script capitals have holes in the block; the bold script block (U+1D4D0) has none. */
export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return shiftLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'script':
      return shiftLetters(text, 0x1d4d0, 0x1d4ea)
    case 'fullwidth':
      return shiftLetters(text, 0xff21, 0xff41, 0xff10)
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text, GREEK)
    case 'zerowidth':
      return [...text].map((ch, i) => (i % 2 === 1 && ch !== ' ' ? `\u200b${ch}` : ch)).join('')
    case 'combining':
      return [...text]
        .map((ch, i) => (/[a-z]/iu.test(ch) && i % 3 === 0 ? `${ch}\u0336` : ch))
        .join('')
  }
}
