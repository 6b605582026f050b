// The payload of a wave: its kind, its disguise and the texts that land in the form fields.
// Disguises are written here (not shared with earlier sets): mathematical bold and sans-bold
// letters, fullwidth forms, Cyrillic look-alike letters and zero-width spaces between letters.
import type { Lang } from '../types.ts'
import { BLAND, PAYLOAD_KINDS, PAYLOAD_TEXTS, type PayloadKind } from './payload-texts.ts'

export const STYLES = ['plain', 'bold', 'sans', 'fullwidth', 'cyrillic', 'zerowidth'] as const
export type Style = (typeof STYLES)[number]

export interface Payload {
  /** `kind/style`, or `none` for a wave that carries no attacker text. */
  label: string
  kind: PayloadKind | 'none'
  /** For the name and subject fields. */
  short: string
  /** For the message field. */
  long: string
}

function shift(text: string, upper: number, lower: number, digit: number | null): string {
  return [...text]
    .map((ch) => {
      const c = ch.charCodeAt(0)
      if (c >= 65 && c <= 90) return String.fromCodePoint(upper + c - 65)
      if (c >= 97 && c <= 122) return String.fromCodePoint(lower + c - 97)
      if (digit !== null && c >= 48 && c <= 57) return String.fromCodePoint(digit + c - 48)
      return ch
    })
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

export function disguise(text: string, style: Style): string {
  switch (style) {
    case 'bold':
      return shift(text, 0x1d400, 0x1d41a, 0x1d7ce)
    case 'sans':
      return shift(text, 0x1d5d4, 0x1d5ee, 0x1d7ec)
    case 'fullwidth':
      return shift(text, 0xff21, 0xff41, 0xff10)
    case 'cyrillic':
      return [...text].map((ch) => CYRILLIC[ch] ?? ch).join('')
    case 'zerowidth':
      // Between the letters of each word, so the words still read the same.
      return text.replace(/(\p{L})(?=\p{L})/gu, '$1\u200b')
    default:
      return text
  }
}

function split(line: string): [string, string] {
  const [short, long] = line.split(' :: ')
  return [short!, long!]
}

/** Waves i = 3, 7, 11 ... carry none; the others rotate kinds and disguises. */
export function payloadFor(index: number, lang: Lang, firstName: string): Payload {
  if (index % 4 === 3) {
    const [subject, message] = split(BLAND[lang])
    // The name field holds the person's own first name, as a careless attacker types it.
    return {
      label: 'none',
      kind: 'none',
      short: index % 8 === 3 ? firstName : subject,
      long: message,
    }
  }
  const n = index - Math.floor(index / 4)
  const kind = PAYLOAD_KINDS[n % PAYLOAD_KINDS.length]!
  const style = STYLES[(n + Math.floor(n / 8)) % STYLES.length]!
  const [short, long] = split(PAYLOAD_TEXTS[lang][kind])
  return {
    label: `${kind}/${style}`,
    kind,
    short: disguise(short, style),
    long: disguise(long, style),
  }
}

/** What a form's subject field holds: the payload's short text, or the bland subject. */
export function subjectField(payload: Payload, lang: Lang): string {
  return payload.kind === 'none' ? split(BLAND[lang])[0] : payload.short
}
