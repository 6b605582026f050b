// Ways attackers dress a payload so filters and readers miss it: styled mathematical letters,
// fullwidth forms, Cyrillic and Greek look-alikes, zero-width characters between letters and
// combining marks. Each is a plain character mapping written for this set.
export const DISGUISES = [
  'plain',
  'bold',
  'script',
  'double-struck',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

/** First code point of the capital A (lower-case a follows 26 later) in each styled alphabet. */
const STYLED: Partial<Record<Disguise, number>> = {
  bold: 0x1d400,
  script: 0x1d4d0,
  'double-struck': 0x1d538,
}

/** Letters of the double-struck alphabet that sit in the Letterlike Symbols block instead. */
const DOUBLE_STRUCK_HOLES: Record<string, string> = {
  C: 'ℂ',
  H: 'ℍ',
  N: 'ℕ',
  P: 'ℙ',
  Q: 'ℚ',
  R: 'ℝ',
  Z: 'ℤ',
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
}

function styled(text: string, base: number, holes: Record<string, string> = {}): string {
  return [...text]
    .map((ch) => {
      if (holes[ch]) return holes[ch]
      if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(base + ch.charCodeAt(0) - 65)
      if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(base + 26 + ch.charCodeAt(0) - 97)
      return ch
    })
    .join('')
}

function mapped(text: string, table: Record<string, string>): string {
  return [...text].map((ch) => table[ch] ?? ch).join('')
}

export function disguise(text: string, how: Disguise): string {
  const base = STYLED[how]
  if (base !== undefined)
    return styled(text, base, how === 'double-struck' ? DOUBLE_STRUCK_HOLES : {})
  switch (how) {
    case 'fullwidth':
      return [...text]
        .map((ch) => (ch > ' ' && ch <= '~' ? String.fromCodePoint(ch.charCodeAt(0) + 0xfee0) : ch))
        .join('')
    case 'cyrillic':
      return mapped(text, CYRILLIC)
    case 'greek':
      return mapped(text, GREEK)
    case 'zero-width':
      return [...text].join('\u200b').replace(/\u200b \u200b/gu, ' \u2060')
    case 'combining':
      return [...text].map((ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join('')
    default:
      return text
  }
}
