// How an attacker dresses a payload so filters miss it: styled Unicode alphabets, fullwidth forms,
// Cyrillic and Greek look-alike letters, invisible characters and combining marks.
import type { Random } from '../prng.ts'

export const DISGUISES = [
  'plain',
  'bold',
  'italic',
  'bold-script',
  'fraktur',
  'sans-bold',
  'monospace',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
  'bold-cyrillic',
] as const
export type Disguise = (typeof DISGUISES)[number]

/** Start of the capital and small letters of each Mathematical Alphanumeric Symbols alphabet. */
const ALPHABETS: Partial<Record<Disguise, [number, number]>> = {
  bold: [0x1d400, 0x1d41a],
  italic: [0x1d434, 0x1d44e],
  'bold-script': [0x1d4d0, 0x1d4ea],
  fraktur: [0x1d56c, 0x1d586],
  'sans-bold': [0x1d5d4, 0x1d5ee],
  monospace: [0x1d670, 0x1d68a],
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
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
  i: 'ι',
  u: 'υ',
}

function mapLetters(text: string, map: (ch: string) => string): string {
  return [...text].map(map).join('')
}

function alphabet(text: string, [upper, lower]: [number, number]): string {
  return mapLetters(text, (ch) => {
    const code = ch.charCodeAt(0)
    if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65)
    if (code >= 97 && code <= 122) {
      // The italic small h is the only hole of that alphabet (it lives at U+210E).
      if (upper === 0x1d434 && ch === 'h') return '\u210e'
      return String.fromCodePoint(lower + code - 97)
    }
    return ch
  })
}

export function disguise(text: string, how: Disguise): string {
  const letters = ALPHABETS[how]
  if (letters) return alphabet(text, letters)
  switch (how) {
    case 'fullwidth':
      return mapLetters(text, (ch) =>
        ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch,
      )
    case 'cyrillic':
      return mapLetters(text, (ch) => CYRILLIC[ch] ?? ch)
    case 'greek':
      return mapLetters(text, (ch) => GREEK[ch] ?? ch)
    case 'zero-width':
      return [...text].join('\u200b')
    case 'combining':
      return mapLetters(text, (ch) => (ch === ' ' ? ch : `${ch}\u0336`))
    case 'bold-cyrillic':
      return text
        .split(' ')
        .map((w, i) => (i % 2 === 0 ? alphabet(w, ALPHABETS.bold!) : disguise(w, 'cyrillic')))
        .join(' ')
    default:
      return text
  }
}

/** Plain about a third of the time, else any disguise. */
export function pickDisguise(rng: Random): Disguise {
  return rng.chance(0.33) ? 'plain' : rng.pick(DISGUISES.slice(1))
}
