// Outlook switches its list (another folder, the other view of the inbox) in two steps: the
// pressed folder or tab is selected at once, and the list shows the new rows a moment later
// (docs/webmail-pages.md 4.1, 4.6). Work on the new list, or a scroll position put back on it,
// waits for those rows: a position set before them is lost to the empty list.
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import { outlookRows } from './scope.ts'

/** The rows the list renders now, as one text to compare. */
export function renderedKey(doc: Document): string {
  return outlookRows(doc)
    .map((row) => row.getAttribute('data-convid'))
    .join('\n')
}

/**
 * Waits up to `deadlineMs` until the list renders rows other than `before` (a `renderedKey`
 * taken before the switch); false when it did not (an empty folder or view lists none).
 */
export async function relisted(
  doc: Document,
  before: string,
  deadlineMs: number,
  what: string,
): Promise<boolean> {
  const listed = () => {
    const now = renderedKey(doc)
    return now !== '' && now !== before
  }
  try {
    await waitFor(doc, listed, deadlineMs, what)
    return true
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
    return false
  }
}
