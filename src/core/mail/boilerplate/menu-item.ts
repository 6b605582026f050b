// A mailing tool's menu bar, as a snippet shows it with the layout gone: "Shop | My account |
// Help", "Tienda · Mi cuenta · Ayuda". Its words ("account", "Kundenservice", "sign in") say where
// the site's pages are, not what the mail says, so the lexicon does not read them.

/** What separates the items of a menu bar. */
const SEPARATORS = '|·•'
/** A sentence's end or a line break: a menu item holds none. */
const OUTSIDE_ITEM = '.!?:;\n'
/** At most this many characters between a menu word and a separator on each side. */
const ITEM_CHARS = 24

/** The word at `at` (`length` long) stands between two separators of a menu bar. */
export function inMenuItem(text: string, at: number, length: number): boolean {
  return separatorWithin(text, at - 1, -1) && separatorWithin(text, at + length, 1)
}

/** Walking from `from` by `step`, a separator comes before a sentence end, within an item's reach. */
function separatorWithin(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < ITEM_CHARS; i += step, n++) {
    const char = text[i]!
    if (SEPARATORS.includes(char)) return true
    if (OUTSIDE_ITEM.includes(char)) return false
  }
  return false
}
