// Ways attackers dress a payload so that plain-text filters miss it: mathematical alphanumeric
// styles, fullwidth forms, Cyrillic and Greek look-alike letters, zero-width characters and
// combining marks. Each turns plain text into its disguised form, letter by letter.
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

/** Letters mapped from the start of a Mathematical Alphanumeric Symbols style (A=start, a=start+26). */
function styled(text: string, upper: number, lower: number, digits?: number): string {
  return Array.from(text, (ch) => {
    const c = ch.codePointAt(0)!
    if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
    if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
    if (digits !== undefined && c >= 48 && c <= 57) return String.fromCodePoint(digits + c - 48)
    return ch
  }).join('')
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
  o: 'ο',
  v: 'ν',
  u: 'υ',
  i: 'ι',
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
}

const swap = (text: string, table: Record<string, string>) =>
  Array.from(text, (ch) => table[ch] ?? ch).join('')

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return styled(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'script':
      // Bold script: the plain script block has holes (ℬ, ℯ...), the bold one has none.
      return styled(text, 0x1d4d0, 0x1d4ea)
    case 'double-struck':
      return styled(text.toUpperCase(), 0x1d538, 0x1d552, 0x1d7d8).replace(/\u{1d53a}/gu, 'ℂ')
    case 'fullwidth':
      return Array.from(text, (ch) => {
        const c = ch.codePointAt(0)!
        return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch
      }).join('')
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text, GREEK)
    case 'zero-width':
      return Array.from(text)
        .join('\u200b')
        .replace(/\u200b \u200b/gu, ' \u2060')
    case 'combining':
      return Array.from(text, (ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join('')
  }
}
