// Ways attackers dress up the text they paste into forms, written for this set: styled
// mathematical alphabets, fullwidth, small capitals, circled letters, look-alike letters of other
// scripts, invisible or direction characters, combining marks, spacing, leetspeak and emoji.
import type { Random } from '../prng.ts'

export const DISGUISES = [
  'plain',
  'bold',
  'italic',
  'script',
  'sans-bold',
  'double-struck',
  'fullwidth',
  'small-caps',
  'circled',
  'cyrillic',
  'greek',
  'zero-width',
  'bidi',
  'combining',
  'spaced',
  'leet',
  'emoji',
] as const
export type Disguise = (typeof DISGUISES)[number]

/** Letters (A–Z then a–z) and digits mapped from an alphabet's first code points, with its holes. */
function alphabet(
  upper: number,
  lower: number,
  digits: number | null,
  holes: Record<string, number>,
) {
  return (text: string): string =>
    [...text]
      .map((ch) => {
        if (holes[ch] !== undefined) return String.fromCodePoint(holes[ch])
        const code = ch.charCodeAt(0)
        if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + code - 65)
        if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + code - 97)
        if (digits !== null && ch >= '0' && ch <= '9')
          return String.fromCodePoint(digits + code - 48)
        return ch
      })
      .join('')
}

const bold = alphabet(0x1d400, 0x1d41a, 0x1d7ce, {})
const italic = alphabet(0x1d434, 0x1d44e, null, { h: 0x210e })
const script = alphabet(0x1d49c, 0x1d4b6, null, {
  B: 0x212c,
  E: 0x2130,
  F: 0x2131,
  H: 0x210b,
  I: 0x2110,
  L: 0x2112,
  M: 0x2133,
  R: 0x211b,
  e: 0x212f,
  g: 0x210a,
  o: 0x2134,
})
const sansBold = alphabet(0x1d5d4, 0x1d5ee, 0x1d7ec, {})
const doubleStruck = alphabet(0x1d538, 0x1d552, 0x1d7d8, {
  C: 0x2102,
  H: 0x210d,
  N: 0x2115,
  P: 0x2119,
  Q: 0x211a,
  R: 0x211d,
  Z: 0x2124,
})
const circled = alphabet(0x24b6, 0x24d0, null, { '0': 0x24ea })

function fullwidth(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0)
      if (ch === ' ') return '\u3000'
      return code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : ch
    })
    .join('')
}

const SMALL_CAPS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'
function smallCaps(text: string): string {
  return [...text.toLowerCase()]
    .map((ch) => (ch >= 'a' && ch <= 'z' ? SMALL_CAPS[ch.charCodeAt(0) - 97]! : ch))
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
const LEET: Record<string, string> = {
  a: '4',
  e: '3',
  i: '1',
  o: '0',
  s: '5',
  t: '7',
  A: '4',
  E: '3',
  I: '1',
  O: '0',
  S: '5',
  T: '7',
}

function swap(rng: Random, text: string, table: Record<string, string>, share: number): string {
  return [...text]
    .map((ch) => (table[ch] !== undefined && rng.chance(share) ? table[ch] : ch))
    .join('')
}

function sprinkle(rng: Random, text: string, marks: readonly string[], share: number): string {
  return [...text]
    .map((ch) => (/\p{L}/u.test(ch) && rng.chance(share) ? ch + rng.pick(marks) : ch))
    .join('')
}

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad']
const COMBINING = ['\u0301', '\u0308', '\u0336', '\u0332', '\u0353', '\u035b', '\u0489']
const EMOJI = ['🚨', '⚠️', '🔥', '🎁', '‼️', '📢', '💰', '✅']

/** One word written right-to-left inside an override, the others marked left-to-right. */
function bidi(rng: Random, text: string): string {
  const words = text.split(' ')
  const turned = rng.int(0, words.length - 1)
  return words
    .map((word, i) =>
      i === turned
        ? `\u202e${[...word].reverse().join('')}\u202c`
        : rng.chance(0.5)
          ? `\u200e${word}`
          : word,
    )
    .join(' ')
}

export function disguise(rng: Random, text: string, how: Disguise): string {
  switch (how) {
    case 'plain':
      return text
    case 'bold':
      return bold(text)
    case 'italic':
      return italic(text)
    case 'script':
      return script(text)
    case 'sans-bold':
      return sansBold(text)
    case 'double-struck':
      return doubleStruck(text)
    case 'fullwidth':
      return fullwidth(text)
    case 'small-caps':
      return smallCaps(text)
    case 'circled':
      return circled(text)
    case 'cyrillic':
      return swap(rng, text, CYRILLIC, 0.7)
    case 'greek':
      return swap(rng, text, GREEK, 0.8)
    case 'zero-width':
      return sprinkle(rng, text, INVISIBLE, 0.4)
    case 'bidi':
      return bidi(rng, text)
    case 'combining':
      return sprinkle(rng, text, COMBINING, 0.5)
    case 'spaced':
      return [...text].join(' ')
    case 'leet':
      return swap(rng, text, LEET, 0.8)
    case 'emoji':
      return `${rng.pick(EMOJI)}${rng.pick(EMOJI)} ${text} ${rng.pick(EMOJI)}`
  }
}

/** A disguise for one payload: plain a little under half the time. */
export function pickDisguise(rng: Random): Disguise {
  return rng.chance(0.42) ? 'plain' : rng.pick(DISGUISES.slice(1))
}
