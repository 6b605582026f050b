// The disguises attackers put on a payload so it slips past word filters: styled mathematical
// letters, fullwidth forms, Cyrillic / Greek look-alikes, zero-width characters and combining
// marks. Written for this set from the Unicode code charts (Mathematical Alphanumeric Symbols
// U+1D400, Halfwidth and Fullwidth Forms U+FF00).
export const DISGUISES = [
  'plain',
  'sans-bold',
  'script-bold',
  'fullwidth',
  'lookalike',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

function shifted(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const c = ch.codePointAt(0)!
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== null && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
      return ch
    })
    .join('')
}

/** Latin letters that have a Cyrillic or Greek twin drawn the same. */
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  K: 'Κ',
  M: 'Μ',
  O: 'Ο',
  P: 'Р',
  T: 'Τ',
  X: 'Χ',
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'sans-bold':
      return shifted(text, 0x1d5d4, 0x1d5ee, 0x1d7ec)
    case 'script-bold':
      return shifted(text, 0x1d4d0, 0x1d4ea, null)
    case 'fullwidth':
      return [...text]
        .map((ch) => {
          const c = ch.codePointAt(0)!
          return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch
        })
        .join('')
    case 'lookalike':
      return [...text].map((ch) => LOOKALIKE[ch] ?? ch).join('')
    case 'zero-width':
      return [...text].map((ch, i) => (i % 2 === 1 ? `\u200b${ch}` : ch)).join('\u200c')
    case 'combining':
      return [...text].map((ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}
