// What the Gmail actions need to know about the lists in the page: which rows the shown list
// holds (Gmail keeps the lists of other views in the page, hidden).
import { isShown } from '../../dom/events.ts'
import { GMAIL_SELECTORS as S } from './selectors.ts'

export interface GmailRowFinder {
  rows: (doc: Document) => Map<string, Element>
}

/** Whether the row is in a list the page shows (not the hidden list of another view). */
function listShown(row: Element): boolean {
  const list = row.closest(S.threadList) ?? row.parentElement
  return list !== null && isShown(list)
}

/** The ids of `wanted` whose rows (of `rows`, the finder's map) are in a shown list. */
export function shownIds(rows: ReadonlyMap<string, Element>, wanted: readonly string[]) {
  return wanted.filter((id) => {
    const row = rows.get(id)
    return row !== undefined && listShown(row)
  })
}

/** The ids of every row in a shown list, in page order. */
export function shownRowIds(rows: ReadonlyMap<string, Element>): string[] {
  return [...rows].flatMap(([id, row]) => (listShown(row) ? [id] : []))
}
