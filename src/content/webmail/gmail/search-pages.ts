// Opening a Gmail search, or one of its pages, through the page's own route and waiting until
// the list shows it. Gmail keeps the previous list until the new one arrives, so "shown" means
// the list changed: another range, other rows, or "No messages matched your search".
import { isShown } from '../../dom/events.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import { shownRowIds, type GmailRowFinder } from './list-state.ts'
import { readRange, searchHash } from './paging.ts'
import { GMAIL_SELECTORS as S } from './selectors.ts'

/** How long Gmail may take to show a search's page. */
const SEARCH_DEADLINE_MS = 8_000

export async function openSearchPage(
  doc: Document,
  query: string,
  page: number,
  finder: GmailRowFinder,
): Promise<void> {
  const location = doc.defaultView?.location
  const hash = searchHash(query, page)
  if (!location || location.hash === hash) return
  const before = listKey(doc, finder)
  location.hash = hash
  try {
    // A list being fetched shows neither rows nor "no results": it is not the answer yet.
    await waitFor(
      doc,
      () => listKey(doc, finder) !== before && !listKey(doc, finder).endsWith('|false|'),
      SEARCH_DEADLINE_MS,
      'search page',
    )
  } catch (error) {
    // The same list as before (the same results again): it is the page asked for.
    if (!(error instanceof DeadlineError)) throw error
  }
}

/** Puts the user's own route back and waits (briefly) for Gmail to show its list again. */
export async function showRouteAgain(
  doc: Document,
  hash: string,
  finder: GmailRowFinder,
): Promise<void> {
  const location = doc.defaultView?.location
  if (!location || location.hash === hash) return
  const before = listKey(doc, finder)
  location.hash = hash
  await waitFor(doc, () => listKey(doc, finder) !== before, SEARCH_DEADLINE_MS, 'list back').catch(
    (error: unknown) => {
      if (!(error instanceof DeadlineError)) throw error
    },
  )
}

/** What identifies the list shown now. */
function listKey(doc: Document, finder: GmailRowFinder): string {
  const range = readRange(doc)
  const none = [...doc.querySelectorAll(S.noResults)].some(isShown)
  const ids = shownRowIds(finder.rows(doc))
  return `${range ? `${range.first}-${range.last}/${range.total}` : '-'}|${none}|${ids.join(',')}`
}
