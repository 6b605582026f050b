// Text from the input (file names, parser messages quoting a bad line, message ids) made safe to
// print on a terminal: an attacker who writes the mail must not be able to move the cursor, recolour
// or clear the screen, hide text behind bidirectional overrides, or flood it with one huge line.

/**
 * Controls (C0, DEL, C1), format characters (bidi embeddings, overrides and isolates, zero-width
 * marks, the BOM), lone surrogates, and the line and paragraph separators.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu

export const DISPLAY_CHARS = 160

/** Every unsafe character shown as a visible escape (\x1b, \u202e); long text cut with its length. */
export function displaySafe(text: string, limit: number = DISPLAY_CHARS): string {
  const cut = text.length > limit ? text.slice(0, limit) : text
  const safe = cut.replace(UNSAFE, escapeCharacter)
  return text.length > limit ? `${safe}… (${text.length} chars)` : safe
}

function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}
