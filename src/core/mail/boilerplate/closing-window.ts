// A long body's closing: where a web form signs its copy and a newsletter keeps its footer.
import { lastSentenceStart } from '../text.ts'

/** How many characters of a body's end are its closing. */
const CLOSING_CHARS = 300

/**
 * The body's last lines. A window cut mid-sentence would start with a fragment whose clause
 * cannot be read ("…ave received this email because you created an account"): it reaches back
 * to the start of that line or sentence, by at most CLOSING_REACH characters.
 */
export function closingWindow(closing: string): string {
  const cut = closing.length - CLOSING_CHARS
  if (cut <= 0) return closing
  const before = closing.slice(Math.max(0, cut - CLOSING_REACH), cut)
  const line = before.lastIndexOf('\n')
  const start = Math.max(line < 0 ? -1 : line + 1, lastSentenceStart(before))
  return start < 0 ? closing.slice(cut) : closing.slice(cut - before.length + start)
}

const CLOSING_REACH = 200
