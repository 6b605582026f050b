// "Scan the wave" in Gmail: the wave's time window is searched (after:/before:, so every page and
// every category tab is in it, search-query.ts) and read page by page, waiting after each page
// until the content script has read its rows, so that mails the user never scrolled to are judged
// and counted. The user's own list and scroll position are put back at the end.
import { shownRowIds, type GmailRowFinder } from './list-state.ts'
import { hasOlderPage, readRange } from './paging.ts'
import { WINDOW_SLACK_S } from './search-query.ts'
import { openSearchPage, showRouteAgain } from './search-pages.ts'

/** Pages read at most: 200 pages of 50 is 10,000 mails, far beyond any wave. */
const MAX_PAGES = 200

export interface ScanWindow {
  /** Epoch ms of the first and last mail to look for. */
  from: number
  to: number
}

/** The search for every mail dated inside the window, wherever Gmail files it. */
export function windowQuery(window: ScanWindow): string {
  const after = Math.floor(window.from / 1000) - WINDOW_SLACK_S
  const before = Math.ceil(window.to / 1000) + WINDOW_SLACK_S
  return `after:${after} before:${before}`
}

/** Reads every page of the window's search; resolves with how many distinct mails it listed. */
export async function scanGmailWindow(
  doc: Document,
  window: ScanWindow,
  finder: GmailRowFinder,
  /** Resolves once the rows now shown have been read (the content script's runner). */
  read: () => Promise<void>,
  signal?: AbortSignal,
): Promise<{ rows: number }> {
  // The route to put back; a document shown in no window has none and cannot be searched.
  const back = (doc.location as Location | null)?.hash
  if (back === undefined) return { rows: 0 }
  const scroll = doc.scrollingElement?.scrollTop ?? 0
  const query = windowQuery(window)
  const listed = new Set<string>()
  try {
    for (let page = 1; page <= MAX_PAGES && !signal?.aborted; page += 1) {
      await openSearchPage(doc, query, page, finder)
      await read()
      const before = listed.size
      for (const id of shownRowIds(finder.rows(doc))) listed.add(id)
      // A page that lists nothing new is the end, whatever the range says.
      if (!hasOlderPage(readRange(doc)) || listed.size === before) break
    }
  } finally {
    await showRouteAgain(doc, back, finder)
    if (doc.scrollingElement) doc.scrollingElement.scrollTop = scroll
  }
  return { rows: listed.size }
}
