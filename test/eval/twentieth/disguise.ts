// The styled Unicode attackers type into forms so filters miss their words: mathematical bold and
// sans-serif bold letters, fullwidth forms, Cyrillic and Greek look-alikes, zero-width characters
// between letters, combining marks over them, and a mix of two of these.
export const DISGUISES = [
  'plain',
  'bold',
  'sansbold',
  'fullwidth',
  'cyrillic',
  'greek',
  'zerowidth',
  'combining',
  'mixed',
] as const
export type Disguise = (typeof DISGUISES)[number]

function offsets(text: string, upper: number, lower: number, digit: number): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + code - 65)
      if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + code - 97)
      if (ch >= '0' && ch <= '9') return String.fromCodePoint(digit + code - 48)
      return ch
    })
    .join('')
}

function fullwidth(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (ch === ' ') return '\u3000'
      return code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : ch
    })
    .join('')
}

// prettier-ignore
const CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
  I: 'І', S: 'Ѕ',
}
// prettier-ignore
const GREEK: Record<string, string> = {
  A: 'Α', B: 'Β', E: 'Ε', Z: 'Ζ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ',
  T: 'Τ', Y: 'Υ', X: 'Χ', o: 'ο', v: 'ν', i: 'ι', u: 'υ',
}

function swap(text: string, table: Record<string, string>): string {
  return [...text].map((ch) => table[ch] ?? ch).join('')
}

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']
const COMBINING = ['\u0336', '\u0332', '\u0335', '\u0338', '\u0305']

function between(text: string, marks: readonly string[], variant: number, every = 1): string {
  let n = 0
  return [...text]
    .map((ch) => {
      if (!/\p{L}|\p{N}/u.test(ch)) return ch
      n++
      return n % every === 0 ? ch + marks[(n + variant) % marks.length] : ch
    })
    .join('')
}

function combining(text: string, variant: number): string {
  const mark = COMBINING[variant % COMBINING.length]!
  return [...text].map((ch) => (/\p{L}|\p{N}/u.test(ch) ? ch + mark : ch)).join('')
}

/** The text as the attacker styled it; `variant` picks among marks where there is a choice. */
export function disguise(text: string, kind: Disguise, variant = 0): string {
  switch (kind) {
    case 'plain':
      return text
    case 'bold':
      return offsets(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'sansbold':
      return offsets(text, 0x1d5d4, 0x1d5ee, 0x1d7ec)
    case 'fullwidth':
      return fullwidth(text)
    case 'cyrillic':
      return swap(text, CYRILLIC)
    case 'greek':
      return swap(text, GREEK)
    case 'zerowidth':
      return between(text, ZERO_WIDTH, variant, 1 + (variant % 2))
    case 'combining':
      return combining(text, variant)
    case 'mixed': {
      const words = text.split(' ')
      return words
        .map((w, i) =>
          i % 2 === 0
            ? offsets(w, 0x1d400, 0x1d41a, 0x1d7ce)
            : between(swap(w, CYRILLIC), ZERO_WIDTH, variant),
        )
        .join(' ')
    }
  }
}
