// Disguises an attacker uses to slip a payload past word filters: mathematical alphanumerics
// (bold, italic, script), fullwidth forms, Cyrillic and Greek look-alikes, zero-width characters
// between letters, and bidi controls around words. Written for this set.
export const STYLINGS = [
  'plain',
  'bold',
  'italic',
  'script',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'bidi',
] as const
export type Styling = (typeof STYLINGS)[number]

function offsetAlpha(text: string, upper: number, lower: number, digits?: number): string {
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0)
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digits !== undefined && c >= 48 && c <= 57) return String.fromCodePoint(digits + c - 48)
      return ch
    })
    .join('')
}

/** Holes of the italic and script blocks live in the Letterlike Symbols block. */
const ITALIC_HOLES: Record<string, string> = { h: '\u210e' }
const SCRIPT_HOLES: Record<string, string> = {
  B: '\u212c',
  E: '\u2130',
  F: '\u2131',
  H: '\u210b',
  I: '\u2110',
  L: '\u2112',
  M: '\u2133',
  R: '\u211b',
  e: '\u212f',
  g: '\u210a',
  o: '\u2134',
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
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
}

const swap = (text: string, table: Record<string, string>) =>
  [...text].map((ch) => table[ch] ?? ch).join('')

export function style(text: string, styling: Styling): string {
  switch (styling) {
    case 'plain':
      return text
    case 'bold':
      return offsetAlpha(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'italic':
      return offsetAlpha(swap(text, ITALIC_HOLES), 0x1d434, 0x1d44e)
    case 'script':
      return offsetAlpha(swap(text, SCRIPT_HOLES), 0x1d49c, 0x1d4b6)
    case 'fullwidth':
      return [...text]
        .map((ch) => {
          const c = ch.charCodeAt(0)
          return c > 32 && c < 127 ? String.fromCharCode(c + 0xfee0) : ch === ' ' ? '\u3000' : ch
        })
        .join('')
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text, GREEK)
    case 'zero-width':
      return [...text].map((ch, i) => (i % 2 === 1 && ch !== ' ' ? `\u200b${ch}` : ch)).join('')
    case 'bidi':
      return text
        .split(' ')
        .map((word, i) =>
          i % 3 === 0 ? `\u202a${word}\u202c` : i % 3 === 1 ? `\u2066${word}\u2069` : word,
        )
        .join(' ')
  }
}
