// How attackers dress a payload so that filters miss it: styled letters, fullwidth forms,
// Cyrillic / Greek look-alikes, invisible characters between letters, stacked combining marks.
export const DISGUISES = [
  'plain',
  'sans-bold',
  'script',
  'fullwidth',
  'cyrillic',
  'greek',
  'zero-width',
  'combining',
] as const
export type Disguise = (typeof DISGUISES)[number]

/** Shifts A-Z / a-z into a Mathematical Alphanumeric block starting at the given capital A. */
function styled(text: string, capitalA: number, smallA: number): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (code >= 65 && code <= 90) return String.fromCodePoint(capitalA + code - 65)
      if (code >= 97 && code <= 122) return String.fromCodePoint(smallA + code - 97)
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
  Y: 'Υ',
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
}

function swap(text: string, table: Record<string, string>): string {
  return [...text].map((ch) => table[ch] ?? ch).join('')
}

export function disguise(text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'sans-bold':
      return styled(text, 0x1d5d4, 0x1d5ee)
    case 'script':
      // Bold script has no holes in the block (plain script has some), so every letter maps.
      return styled(text, 0x1d4d0, 0x1d4ea)
    case 'fullwidth':
      return [...text]
        .map((ch) => {
          const code = ch.charCodeAt(0)
          return code > 32 && code < 127 ? String.fromCharCode(code + 0xfee0) : ch
        })
        .join('')
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text, GREEK)
    case 'zero-width':
      return [...text].join('\u200b').replace(/\u200b \u200b/gu, ' \u2060')
    case 'combining':
      return [...text].map((ch) => (/\p{L}/u.test(ch) ? ch + '\u0336' : ch)).join('')
  }
}
