// Acting on a wave's mails wherever Gmail lists them: open the search that finds them
// (search-query.ts), read it page by page, and act there through the toolbar. When every row the
// search lists is one of the wave's and there is more than a page, one "select all that match"
// acts on all of them (select-all.ts); otherwise each page's wave rows are ticked and acted on in
// paced chunks, never another row. The user's list and scroll position are put back at the end.
import { DeadlineError } from '../../dom/wait.ts'
import type { ActionResults } from '../../../messaging/protocol.ts'
import type { ActionRequest } from '../adapter.ts'
import { pacedChunks, type PacedChunks } from '../paced-chunks.ts'
import { shownIds, shownRowIds, type GmailRowFinder } from './list-state.ts'
import { hasOlderPage, readRange } from './paging.ts'
import { openSearchPage, showRouteAgain } from './search-pages.ts'
import { actOnAllMatching } from './select-all.ts'

export type RunChunk = (
  doc: Document,
  request: ActionRequest,
  chunk: string[],
  finder: GmailRowFinder,
) => Promise<ActionResults>

/** Pages read at most: 500 pages of 50 is far beyond any wave. */
const MAX_PAGES = 500
const BULK_DEADLINE_MS = 60_000
/** Passes over a search at most: each after the first finds rows an earlier one read too early. */
const MAX_PASSES = 3

export async function runSearchedAction(
  doc: Document,
  request: ActionRequest,
  finder: GmailRowFinder,
  query: string,
  runChunk: RunChunk,
): Promise<ActionResults> {
  const view = doc.defaultView
  if (!view) return notFound(request.ids)
  const back = view.location.hash
  const scroll = doc.scrollingElement?.scrollTop ?? 0
  const run = pacedChunks(doc, request, (chunk) => runChunk(doc, request, chunk, finder))
  try {
    const survey = await surveySearch(doc, request, finder, query)
    if (survey.bulk) {
      await openSearchPage(doc, query, 1, finder)
      try {
        const deadline = request.actDeadlineMs ?? BULK_DEADLINE_MS
        await actOnAllMatching(doc, request, survey.listed, finder, deadline)
        run.record(Object.fromEntries(survey.listed.map((id) => [id, 'done'])))
      } catch (error) {
        // Gmail offered no bulk selection or did not finish it: page by page from here.
        if (!(error instanceof DeadlineError)) throw error
      }
    }
    await pageByPage(doc, finder, query, run)
  } finally {
    await showRouteAgain(doc, back, finder)
    if (doc.scrollingElement) doc.scrollingElement.scrollTop = scroll
  }
  const results: ActionResults = { ...run.results }
  for (const id of request.ids) results[id] ??= 'not-found'
  return results
}

/** Reads every page once: which wave mails it lists, and whether it lists anything else. */
async function surveySearch(
  doc: Document,
  request: ActionRequest,
  finder: GmailRowFinder,
  query: string,
): Promise<{ listed: string[]; bulk: boolean }> {
  const wanted = new Set(request.ids)
  const listed: string[] = []
  let foreign = false
  let pages = 0
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    await openSearchPage(doc, query, page, finder)
    pages = page
    for (const id of shownRowIds(finder.rows(doc))) {
      if (wanted.has(id)) listed.push(id)
      else foreign = true
    }
    if (!hasOlderPage(readRange(doc))) break
  }
  return { listed, bulk: !foreign && pages > 1 }
}

/**
 * Each page's wave rows in paced chunks; rows that leave the list bring the next ones up. Gmail
 * redraws a search after an action in its own time, so a page read before the redraw can miss
 * rows that moved up from the next page: a pass that acted is followed by another from the first
 * page, until a pass acts on nothing (at most MAX_PASSES).
 */
async function pageByPage(
  doc: Document,
  finder: GmailRowFinder,
  query: string,
  run: PacedChunks,
): Promise<void> {
  for (let pass = 0; pass < MAX_PASSES && run.todo().length > 0; pass++) {
    const acted = await onePass(doc, finder, query, run)
    if (!acted) return
  }
}

/** Pages of the search read in order once; whether any chunk was acted on. */
async function onePass(
  doc: Document,
  finder: GmailRowFinder,
  query: string,
  run: PacedChunks,
): Promise<boolean> {
  let page = 1
  let acted = false
  await openSearchPage(doc, query, page, finder)
  while (run.todo().length > 0) {
    if (await run.next((todo) => shownIds(finder.rows(doc), todo))) {
      acted = true
      continue
    }
    if (!hasOlderPage(readRange(doc)) || page >= MAX_PAGES) break
    page += 1
    await openSearchPage(doc, query, page, finder)
  }
  return acted
}

function notFound(ids: readonly string[]): ActionResults {
  return Object.fromEntries(ids.map((id) => [id, 'not-found']))
}
