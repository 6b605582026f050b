// Characters that change how an address reads without showing themselves: bidi controls (a
// right-to-left override turns "moc.live" around), zero-width and other invisible format
// characters, controls, and spaces other than the plain one. In the link warning each shows as
// its code point, e.g. "[U+202E]", so what the user reads is what the address holds.

const HIDDEN_CATEGORIES = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u
// Blank letters, spaces other than U+0020, and marks that show nothing (grapheme joiner,
// variation selectors), as code point ranges: written in a regex class, the marks would combine
// with their neighbours.
const INVISIBLE: readonly [number, number][] = [
  [0x00a0, 0x00a0],
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x2800, 0x2800],
  [0x3000, 0x3000],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
  [0xe0100, 0xe01ef],
]

export function showHidden(text: string): string {
  let shown = ''
  for (const char of text) shown += isHidden(char) ? `[U+${codePoint(char)}]` : char
  return shown
}

function isHidden(char: string): boolean {
  if (HIDDEN_CATEGORIES.test(char)) return true
  const code = char.codePointAt(0) ?? 0
  return INVISIBLE.some(([from, to]) => code >= from && code <= to)
}

function codePoint(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}
