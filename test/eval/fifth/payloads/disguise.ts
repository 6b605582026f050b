// Ways an attacker dresses a payload so that plain word matching misses it: Unicode
// mathematical alphabets, fullwidth forms, look-alike letters of other scripts, invisible and
// direction-changing characters, combining marks, and ASCII tricks. Each disguise is named; the
// name goes into the mail's label (`<payload kind>/<disguise>`).
import type { Random } from '../../prng.ts'

type Styler = (text: string) => string

const fromCode = (cp: number) => String.fromCodePoint(cp)

/** A Mathematical Alphanumeric Symbols alphabet; `holes` are letters encoded elsewhere. */
function alphabet(upper: number, lower: number, digits?: number, holes: string = ''): Styler {
  const hole = new Map<string, string>()
  for (const pair of holes.split(' ').filter(Boolean)) hole.set(pair[0]!, pair.slice(1))
  return (text) =>
    [...text]
      .map((ch) => {
        const found = hole.get(ch)
        if (found) return found
        if (ch >= 'A' && ch <= 'Z') return fromCode(upper + ch.charCodeAt(0) - 65)
        if (ch >= 'a' && ch <= 'z') return fromCode(lower + ch.charCodeAt(0) - 97)
        if (digits !== undefined && ch >= '0' && ch <= '9')
          return fromCode(digits + ch.charCodeAt(0) - 48)
        return ch
      })
      .join('')
}

function table(map: Record<string, string>): Styler {
  return (text) => [...text].map((ch) => map[ch] ?? ch).join('')
}

const CYRILLIC = table({
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  j: 'ј',
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
})

const GREEK = table({
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
  k: 'κ',
})

const SMALL_CAPS = table(
  Object.fromEntries(
    [...'abcdefghijklmnopqrstuvwxyz'].map((ch, i) => [ch, [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ'][i]!]),
  ),
)

const LEET = table({
  a: '4',
  A: '4',
  e: '3',
  E: '3',
  i: '1',
  I: '1',
  o: '0',
  O: '0',
  s: '5',
  S: '5',
  t: '7',
  T: '7',
})

function circled(text: string): string {
  return [...text]
    .map((ch) =>
      ch >= 'A' && ch <= 'Z'
        ? fromCode(0x24b6 + ch.charCodeAt(0) - 65)
        : ch >= 'a' && ch <= 'z'
          ? fromCode(0x24d0 + ch.charCodeAt(0) - 97)
          : ch,
    )
    .join('')
}

function squared(text: string): string {
  return [...text.toUpperCase()]
    .map((ch) => (ch >= 'A' && ch <= 'Z' ? fromCode(0x1f130 + ch.charCodeAt(0) - 65) : ch))
    .join('')
}

function fullwidth(text: string): string {
  return [...text]
    .map((ch) => {
      const cp = ch.codePointAt(0)!
      if (ch === ' ') return '\u3000'
      return cp > 0x20 && cp < 0x7f ? fromCode(cp + 0xfee0) : ch
    })
    .join('')
}

/** Invisible characters inside every word (zero-width space, non-joiner, word joiner). */
function invisible(marks: readonly string[]): Styler {
  return (text) =>
    text.replace(/\p{L}{3,}/gu, (word) =>
      [...word]
        .map((ch, i) => (i > 0 && i % 2 === 0 ? marks[i % marks.length]! + ch : ch))
        .join(''),
    )
}

/** The longest word stored reversed inside a right-to-left override, so it displays normally. */
function bidi(text: string): string {
  const longest = text.split(/\s+/u).reduce((a, b) => (b.length > a.length ? b : a), '')
  const reversed = [...longest].reverse().join('')
  return text.replace(longest, `\u202e${reversed}\u202c`)
}

function combining(mark: string): Styler {
  return (text) => text.replace(/\p{L}/gu, (ch) => ch + mark)
}

function spaced(text: string): string {
  return text.replace(/\p{Lu}{3,}/gu, (word) => [...word].join(' '))
}

function emoji(text: string): string {
  return `🚨🚨 ${text} 🚨🚨`
}

const STYLES: Record<string, Styler> = {
  bold: alphabet(0x1d400, 0x1d41a, 0x1d7ce),
  italic: alphabet(0x1d434, 0x1d44e, undefined, 'hℎ'),
  'bold-italic': alphabet(0x1d468, 0x1d482),
  script: alphabet(0x1d49c, 0x1d4b6, undefined, 'Bℬ Eℰ Fℱ Hℋ Iℐ Lℒ Mℳ Rℛ eℯ gℊ oℴ'),
  'bold-script': alphabet(0x1d4d0, 0x1d4ea),
  fraktur: alphabet(0x1d504, 0x1d51e, undefined, 'Cℭ Hℌ Iℑ Rℜ Zℨ'),
  'double-struck': alphabet(0x1d538, 0x1d552, 0x1d7d8, 'Cℂ Hℍ Nℕ Pℙ Qℚ Rℝ Zℤ'),
  'sans-bold': alphabet(0x1d5d4, 0x1d5ee, 0x1d7ec),
  'sans-italic': alphabet(0x1d608, 0x1d622),
  monospace: alphabet(0x1d670, 0x1d68a, 0x1d7f6),
  fullwidth,
  cyrillic: CYRILLIC,
  greek: GREEK,
  'small-caps': SMALL_CAPS,
  circled,
  squared,
  'zero-width': invisible(['\u200b', '\u200c']),
  'word-joiner': invisible(['\u2060', '\u00ad']),
  bidi,
  strike: combining('\u0336'),
  underline: combining('\u0332'),
  spaced,
  leet: LEET,
  emoji,
}

export const DISGUISES = ['plain', ...Object.keys(STYLES)] as const

/** Two styles word by word (bold and Cyrillic), as mixed-style spam often does. */
function mixed(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i % 2 === 0 ? STYLES.bold!(word) : CYRILLIC(word)))
    .join(' ')
}

export function applyDisguise(name: string, text: string): string {
  if (name === 'plain') return text
  if (name === 'mixed') return mixed(text)
  const style = STYLES[name]
  if (!style) throw new Error(`unknown disguise ${name}`)
  return style(text)
}

/** About two in five payloads plain, the rest spread over every disguise. */
export function pickDisguise(rng: Random): string {
  return rng.chance(0.4) ? 'plain' : rng.pick([...DISGUISES.slice(1), 'mixed'])
}
