// Gmail's pages: 50 conversations a page (docs/webmail-pages.md 1.4), the range "1–50 of 312" beside the
// Newer / Older buttons, and a page of its own in the URL ("#search/<query>/p2", as Gmail writes
// it when Older is pressed). The range is read from Gmail's count markup, `span.Dj` with three
// `span.ts` numbers (the same markup counts an inbox section in the 2025-04-08 fixture).
import { GMAIL_SELECTORS as S } from './selectors.ts'
import { isShown } from '../../dom/events.ts'

export interface PageRange {
  first: number
  last: number
  /** Null when Gmail says "many" rather than a number. */
  total: number | null
}

/** The range of the list shown now, or null when none is shown (no results, another view). */
export function readRange(doc: Document): PageRange | null {
  const range = [...doc.querySelectorAll(S.pageRange)].find(isShown)
  if (!range) return null
  const numbers = [...range.querySelectorAll('span.ts')].map((node) =>
    Number((node.textContent ?? '').replace(/[^0-9]/gu, '')),
  )
  const [first, last, total] = numbers
  if (!first || !last) return null
  return { first, last, total: total && Number.isFinite(total) ? total : null }
}

/** Whether an older page follows the range: Gmail's "many" always may. */
export function hasOlderPage(range: PageRange | null): boolean {
  return range !== null && (range.total === null || range.last < range.total)
}

/** The route of a search's page: Gmail leaves the first page without a number. */
export function searchHash(query: string, page: number): string {
  return `#search/${encodeURIComponent(query)}${page > 1 ? `/p${page}` : ''}`
}
