// The disguises attackers put on a payload so word filters miss it: mathematical bold and sans
// bold letters, fullwidth forms, Cyrillic look-alike letters and zero-width spaces inside words.
export const STYLES = ['plain', 'bold', 'fullwidth', 'cyrillic', 'zerowidth', 'sansbold'] as const
export type Style = (typeof STYLES)[number]

function shiftLetters(text: string, upper: number, lower: number, digit?: number): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65)
      if (code >= 97 && code <= 122) return String.fromCodePoint(lower + code - 97)
      if (digit !== undefined && code >= 48 && code <= 57)
        return String.fromCodePoint(digit + code - 48)
      return ch
    })
    .join('')
}

function fullwidth(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (code === 32) return '\u3000'
      return code > 32 && code < 127 ? String.fromCharCode(code + 0xfee0) : ch
    })
    .join('')
}

const CYRILLIC: Readonly<Record<string, string>> = {
  a: '\u0430',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  c: '\u0441',
  x: '\u0445',
  y: '\u0443',
  A: '\u0410',
  B: '\u0412',
  E: '\u0415',
  H: '\u041d',
  K: '\u041a',
  M: '\u041c',
  O: '\u041e',
  P: '\u0420',
  T: '\u0422',
}

/** Every letter with a look-alike swapped, so the text reads the same and matches nothing. */
function cyrillic(text: string): string {
  return [...text].map((ch) => CYRILLIC[ch] ?? ch).join('')
}

/** A zero-width space after every second letter of words longer than three letters. */
function zeroWidth(text: string): string {
  return text.replace(/\p{L}{4,}/gu, (word) =>
    [...word].map((ch, i) => (i % 2 === 1 && i < word.length - 1 ? `${ch}\u200b` : ch)).join(''),
  )
}

export function styled(text: string, style: Style): string {
  switch (style) {
    case 'plain':
      return text
    case 'bold':
      return shiftLetters(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'sansbold':
      return shiftLetters(text, 0x1d5d4, 0x1d5ee, 0x1d7ec)
    case 'fullwidth':
      return fullwidth(text)
    case 'cyrillic':
      return cyrillic(text)
    case 'zerowidth':
      return zeroWidth(text)
  }
}
