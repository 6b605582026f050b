// Undoing a Gmail action from the log: the mails are no longer in the inbox list, so they are
// looked up with a Gmail search (the page's own "#search/<query>" route), narrowed to where the
// action put them and to their own dates, read page by page, and moved back (Move to Inbox,
// Not spam) or unlabelled there. The list the user was on is shown again at the end. Search operators:
// support.google.com/mail/answer/7190; dates in epoch seconds as the Gmail API filtering guide
// (developers.google.com/workspace/gmail/api/guides/filtering) gives them, "the same advanced
// search syntax as the Gmail web interface".
import type { ActionResults } from '../../../messaging/protocol.ts'
import type { ActionRequest } from '../adapter.ts'
import type { GmailRowFinder } from './list-state.ts'
import { WINDOW_SLACK_S } from './search-query.ts'
import { runSearchedAction, type RunChunk } from './wave-search.ts'

export function runGmailRestore(
  doc: Document,
  request: ActionRequest,
  finder: GmailRowFinder,
  runChunk: RunChunk,
): Promise<ActionResults> {
  // One search for all the mails, read page by page: moved mails of one wave lie close together.
  const query = searchQuery(request, [...new Set(request.ids)])
  return runSearchedAction(doc, request, finder, query, runChunk)
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
