// Unicode styling as both sides use it: attackers disguise payloads with it, and everyday
// marketing decorates its own headlines, greetings and preheaders with the same letters.
const shift = (text: string, upper: number, lower: number, digit?: number): string =>
  Array.from(text, (ch) => {
    const c = ch.codePointAt(0)!
    if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
    if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
    if (digit !== undefined && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
    return ch
  }).join('')

/** Mathematical sans-serif bold (𝗕𝗟𝗔𝗖𝗞). */
export const sansBold = (t: string): string => shift(t, 0x1d5d4, 0x1d5ee, 0x1d7ec)
/** Mathematical serif bold (𝐁𝐨𝐥𝐝). */
export const serifBold = (t: string): string => shift(t, 0x1d400, 0x1d41a, 0x1d7ce)
/** Mathematical sans-serif italic (𝘕𝘦𝘸). */
export const sansItalic = (t: string): string => shift(t, 0x1d608, 0x1d622)
/** Mathematical bold script (𝓝𝓮𝔀). */
export const boldScript = (t: string): string => shift(t, 0x1d4d0, 0x1d4ea)
/** Circled letters (Ⓝⓔⓦ). */
export const circled = (t: string): string => shift(t, 0x24b6, 0x24d0)

export const fullwidth = (t: string): string =>
  Array.from(t, (ch) => {
    const c = ch.codePointAt(0)!
    if (c === 32) return '\u3000'
    return c > 32 && c < 127 ? String.fromCodePoint(c + 0xfee0) : ch
  }).join('')

const LOOK: Record<string, string> = {
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
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
}
/** Latin letters swapped for Cyrillic and Greek look-alikes. */
export const homoglyph = (t: string): string => Array.from(t, (ch) => LOOK[ch] ?? ch).join('')

/** A zero-width space after every other letter. */
export const zeroWidth = (t: string): string =>
  Array.from(t, (ch, i) => (i % 2 === 1 && ch !== ' ' ? `${ch}\u200b` : ch)).join('')

/** A combining long stroke over each letter. */
export const combining = (t: string): string =>
  Array.from(t, (ch) => (/\p{L}/u.test(ch) ? `${ch}\u0336` : ch)).join('')

/** The preheader padding marketing tools append: zero-width non-joiners and no-break spaces. */
export function preheader(text: string, repeats = 12): string {
  return `${text}${' \u200c\u00a0'.repeat(repeats)}`
}

export const SPARKLE = ['✨', '🔥', '🎉', '💥', '🛍️', '⚡', '🎁', '💌', '🌟', '🍂'] as const
