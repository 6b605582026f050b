// The Gmail search that finds a wave's mails wherever they are: every page of the list and every
// category tab (a search lists the whole inbox, tabs included). Narrowed to the wave's time window
// with after:/before: in epoch seconds (Gmail API filtering guide,
// developers.google.com/workspace/gmail/api/guides/filtering: "the same advanced search syntax as
// the Gmail web interface") and to its senders' domains with from:(a OR b)
// (support.google.com/mail/answer/7190). Only rows whose ids are the wave's are ever ticked: the
// search only keeps the pages few.
import type { ActionRequest } from '../adapter.ts'

/** Slack around the wave's first and last mail: list dates are shown to the minute. */
export const WINDOW_SLACK_S = 120
/** More senders than this make a query Gmail may cut short; the window and ids then suffice. */
export const MAX_QUERY_SENDERS = 30

/** Where the action looks: moves start from the inbox; a label goes on wherever the mail is. */
function placeOf(action: ActionRequest['action']): string {
  return action === 'label' ? '' : 'in:inbox'
}

/** The query for the request's mails, or null when no mail has a known date. */
export function waveSearchQuery(
  request: Pick<ActionRequest, 'action' | 'ids' | 'dates' | 'senders'>,
): string | null {
  const window = searchWindow(request.ids, request.dates ?? {})
  if (!window) return null
  const senders = [...new Set((request.senders ?? []).map(senderTerm).filter(Boolean))]
  const from =
    senders.length > 0 && senders.length <= MAX_QUERY_SENDERS
      ? senders.length === 1
        ? `from:${senders[0]}`
        : `from:(${senders.join(' OR ')})`
      : ''
  return [placeOf(request.action), `after:${window.after}`, `before:${window.before}`, from]
    .filter(Boolean)
    .join(' ')
}

/** The window around the mails' dates, in epoch seconds; null when none is dated. */
export function searchWindow(
  ids: readonly string[],
  dates: Readonly<Record<string, number>>,
): { after: number; before: number } | null {
  const known = ids.flatMap((id) => (dates[id] === undefined ? [] : [dates[id]]))
  if (known.length === 0) return null
  return {
    after: Math.floor(Math.min(...known) / 1000) - WINDOW_SLACK_S,
    before: Math.ceil(Math.max(...known) / 1000) + WINDOW_SLACK_S,
  }
}

/** A sender domain or address as a search word: nothing that could end the group or the term. */
function senderTerm(sender: string): string {
  return sender
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9@._+-]/gu, '')
}
