// How attackers dress a payload so filters miss it: styled Unicode letters, fullwidth forms,
// Cyrillic / Greek look-alikes, invisible characters and combining marks. Written for this set.
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

/** Letters shifted into a Mathematical Alphanumeric block (capital A at `upper`, small a at `lower`). */
function styled(text: string, upper: number, lower: number, digits?: number): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!
      if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65)
      if (code >= 97 && code <= 122) return String.fromCodePoint(lower + code - 97)
      if (digits !== undefined && code >= 48 && code <= 57)
        return String.fromCodePoint(digits + code - 48)
      return ch
    })
    .join('')
}

function fullwidth(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!
      if (code === 32) return '\u3000'
      return code > 32 && code < 127 ? String.fromCodePoint(code + 0xfee0) : ch
    })
    .join('')
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
  j: 'ј',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
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
  i: 'ι',
  u: 'υ',
}

const swap = (text: string, table: Record<string, string>) =>
  [...text].map((ch) => table[ch] ?? ch).join('')

/** Zero-width space, joiner, non-joiner and word joiner between letters. */
function zeroWidth(rng: Random, text: string): string {
  const marks = ['\u200b', '\u200c', '\u200d', '\u2060']
  return [...text]
    .map((ch) => (/\p{L}/u.test(ch) && rng.chance(0.5) ? ch + rng.pick(marks) : ch))
    .join('')
}

/** A combining long stroke (or low line) after every letter. */
const combining = (rng: Random, text: string) => {
  const mark = rng.pick(['\u0336', '\u0332', '\u0335'])
  return [...text].map((ch) => (/\p{L}/u.test(ch) ? ch + mark : ch)).join('')
}

export function disguise(rng: Random, kind: Disguise, text: string): string {
  switch (kind) {
    case 'plain':
      return text
    case 'bold':
      return styled(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'script':
      // Bold script: the plain script block has holes (ℬ, ℯ...) that would need a table.
      return styled(text, 0x1d4d0, 0x1d4ea)
    case 'fullwidth':
      return fullwidth(text)
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text.toUpperCase(), GREEK)
    case 'zero-width':
      return zeroWidth(rng, text)
    case 'combining':
      return combining(rng, text)
  }
}
