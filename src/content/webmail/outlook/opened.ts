// The mail open in Outlook: in the reading pane (right or bottom), filling the page (reading pane
// off) or in a pop-out window (`/mail/deeplink/…`, `/mail/id/…`). The pane carries no conversation
// id (docs/webmail-pages.md 4.3): it is the one selected row's data-convid, and without exactly one
// selected row the mail is told by its subject, sender and date (src/content/opened/opened-identity.ts).
// The banner goes after the subject heading; the message bodies' links are guarded. Parts the page
// no longer shows as expected are guessed and reported as drift, never dropped (pane.ts).
import type { OpenedMessage } from '../adapter.ts'
import { findBodies, findPane, findSubjectHeading, guessAnchor } from './pane.ts'
import { outlookControls, outlookMessageList } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'
import { shownMail } from './shown.ts'

export function outlookOpenedMessages(doc: Document): OpenedMessage[] {
  const pane = findPane(doc)
  if (!pane) return []
  const heading = findSubjectHeading(pane.value)
  const bodies = findBodies(pane.value)
  // An empty pane ("select an item to read") or a message still loading.
  if (!heading && bodies.value.length === 0) return []
  const anchor = heading ? { value: heading } : guessAnchor(pane.value, bodies.value)
  // Rows of the message list only: a mail body may hold look-alike "selected" options.
  const list = outlookMessageList(doc)
  const selected = list ? outlookControls(list, S.openRow) : []
  const id = selected.length === 1 ? selected[0]!.getAttribute('data-convid') : null
  const drift = pane.drift ?? anchor.drift ?? bodies.drift
  return [
    {
      id: id || null,
      anchor: anchor.value,
      bodies: () => findBodies(pane.value).value,
      // The list row is read there; an opened mail is never stored under another id.
      read: () => null,
      shown: () => (heading ? shownMail(pane.value, heading) : null),
      ...(drift ? { drift } : {}),
    },
  ]
}
