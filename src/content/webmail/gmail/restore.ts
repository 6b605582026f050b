// Undoing a Gmail action from the log: the mails are no longer in the inbox list, so each chunk
// is looked up with a Gmail search (the page's own "#search/<query>" route), narrowed to where the
// action put them and to the chunk's own dates, then moved back (Move to Inbox, Not spam) or
// unlabelled there. The list the user was on is shown again at the end. Search operators:
// support.google.com/mail/answer/7190; dates in epoch seconds as the Gmail API filtering guide
// (developers.google.com/workspace/gmail/api/guides/filtering) gives them, "the same advanced
// search syntax as the Gmail web interface".
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import type { ActionResults } from '../../../messaging/protocol.ts'
import { ACTION_PACE_MS, type ActionRequest } from '../adapter.ts'
import { pause, shownIds, type GmailRowFinder } from './list-state.ts'

/** Mails looked up per search: a chunk's results fit Gmail's first page of 50. */
const RESTORE_CHUNK = 20
/** How long a search may take to list a chunk's first mail before the chunk counts as not found. */
const SEARCH_DEADLINE_MS = 8_000
/** After the first, how long the rest of a chunk may take to be listed. */
const SETTLE_DEADLINE_MS = 2_000
/** Search slack around a chunk's dates: list dates are shown to the minute. */
const WINDOW_SLACK_S = 120

type RunChunk = (
  doc: Document,
  request: ActionRequest,
  chunk: string[],
  finder: GmailRowFinder,
) => Promise<ActionResults>

export async function runGmailRestore(
  doc: Document,
  request: ActionRequest,
  finder: GmailRowFinder,
  runChunk: RunChunk,
): Promise<ActionResults> {
  const location = doc.defaultView?.location
  if (!location) return notFound(request.ids)
  const back = location.hash
  const results: ActionResults = {}
  try {
    for (const [index, chunk] of chunksByDate(request).entries()) {
      if (index > 0) await pause(doc, ACTION_PACE_MS)
      location.hash = `#search/${encodeURIComponent(searchQuery(request, chunk))}`
      const deadline = request.searchDeadlineMs ?? SEARCH_DEADLINE_MS
      const listed = await listedRows(doc, chunk, finder, deadline)
      Object.assign(results, listed.length > 0 ? await runChunk(doc, request, chunk, finder) : {})
      for (const id of chunk) results[id] ??= 'not-found'
      request.onProgress?.({ ...results })
    }
  } finally {
    if (location.hash !== back) location.hash = back
  }
  return results
}

/** Ids in date order, cut into chunks; mails without a known date go last, searched undated. */
export function chunksByDate(request: Pick<ActionRequest, 'ids' | 'dates'>): string[][] {
  const dates = request.dates ?? {}
  const ids = [...new Set(request.ids)].sort(
    (a, b) => (dates[a] ?? Infinity) - (dates[b] ?? Infinity),
  )
  const dated = ids.filter((id) => dates[id] !== undefined)
  const undated = ids.filter((id) => dates[id] === undefined)
  const chunks: string[][] = []
  for (let start = 0; start < dated.length; start += RESTORE_CHUNK)
    chunks.push(dated.slice(start, start + RESTORE_CHUNK))
  for (let start = 0; start < undated.length; start += RESTORE_CHUNK)
    chunks.push(undated.slice(start, start + RESTORE_CHUNK))
  return chunks
}

/** Where the undone action put the mails, and the chunk's dates when known. */
export function searchQuery(
  request: Pick<ActionRequest, 'action' | 'label' | 'dates'>,
  chunk: readonly string[],
): string {
  const where = placeOf(request)
  const dates = chunk.flatMap((id) => {
    const date = request.dates?.[id]
    return date === undefined ? [] : [date]
  })
  // One undated mail: the chunk is searched without dates rather than missing it.
  if (chunk.length === 0 || dates.length < chunk.length) return where
  const after = Math.floor(Math.min(...dates) / 1000) - WINDOW_SLACK_S
  const before = Math.ceil(Math.max(...dates) / 1000) + WINDOW_SLACK_S
  return `${where} after:${after} before:${before}`
}

function placeOf({ action, label }: Pick<ActionRequest, 'action' | 'label'>): string {
  switch (action) {
    case 'unspam':
      return 'in:spam'
    case 'undelete':
      return 'in:trash'
    case 'unlabel':
      // Gmail writes a label with spaces in a search with hyphens ("Relay spam": relay-spam).
      return `label:${label.trim().toLowerCase().replace(/\s+/gu, '-')}`
    default:
      // Searches leave out Spam and Bin, so this is All Mail outside the inbox: the archive.
      return '-in:inbox'
  }
}

/** Waits until the search lists the chunk's mails (all, or those there once it settles). */
async function listedRows(
  doc: Document,
  chunk: readonly string[],
  finder: GmailRowFinder,
  searchDeadlineMs: number,
): Promise<string[]> {
  // Gmail keeps the inbox list in the page, hidden: only the shown list is the search's.
  const present = () => shownIds(finder.rows(doc), chunk)
  try {
    await waitFor(doc, () => present().length > 0, searchDeadlineMs, 'search results')
    await waitFor(doc, () => present().length === chunk.length, SETTLE_DEADLINE_MS, 'all listed')
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error
  }
  return present()
}

function notFound(ids: readonly string[]): ActionResults {
  return Object.fromEntries(ids.map((id) => [id, 'not-found']))
}
