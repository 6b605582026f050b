// Text folding shared by every rule. Attacker-controlled strings can be huge and full of tricks,
// so every function here is linear and works on a bounded prefix.

/** Longest text any rule looks at. */
export const MAX_SCANNED_CHARS = 2_000

/** Zero-width characters and bidi controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF). */
export const INVISIBLE_CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu

/** Bounded prefix, with lone surrogates replaced so later steps never see broken pairs. */
export function bounded(text: string, limit = MAX_SCANNED_CHARS): string {
  return text.slice(0, limit).toWellFormed()
}

/**
 * Styled letters folded to plain ones: NFKC maps mathematical alphanumerics (𝐅𝐑𝐄𝐄), fullwidth
 * (ＦＲＥＥ) and circled letters (Ⓕ) to ASCII; invisible controls and overlay strokes are dropped.
 */
export function foldStyled(text: string): string {
  const prefix = text.slice(0, MAX_SCANNED_CHARS)
  // Plain ASCII has no styled letter, no invisible control and no lone surrogate: it is its own
  // fold, and most subjects are plain ASCII.
  if (!NON_ASCII.test(prefix)) return prefix
  return prefix
    .toWellFormed()
    .normalize('NFKC')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(OVERLAY_MARKS, '')
}

/**
 * Combining marks laid over a letter (U+0334-U+0338: tilde, stroke and slash overlays): struck-out
 * text ("F̶R̶E̶E̶") that no normalisation folds, written so filters do not read the words beneath.
 */
export const OVERLAY_MARKS = /[\u0334-\u0338]/gu

const NON_ASCII = /[^\0-\x7f]/u

/**
 * The comparable core of a relayed title: folded, lower-cased, ticket ids and punctuation
 * removed, white space collapsed. Two brands relaying the same title give the same payload.
 */
export function normalisePayload(text: string): string {
  return (
    foldStyled(text)
      .toLowerCase()
      // Marks left after NFKC, strokes laid over letters ("P̵A̵Y̵P̵A̵L̵"), would part every letter.
      .replace(COMBINING_MARKS, '')
      .replace(/\[?#?\s?(ticket#?:?\s?)?\d{3,}\]?/gu, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .slice(0, 80)
  )
}

const COMBINING_MARKS = /\p{M}+/gu

/** Where a global pattern matches in a text, as [start, end) pairs. */
export function spansOf(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((found) => [found.index, found.index + found[0].length])
}

/**
 * Where the last sentence of `text` starts: just after its last ". ", "! " or "? ", or -1 when no
 * sentence ends in it.
 */
export function lastSentenceStart(text: string): number {
  const end = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '))
  return end < 0 ? -1 : end + 2
}
