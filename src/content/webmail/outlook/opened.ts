// The conversation open in Outlook's reading pane: its id is the one selected row's data-convid
// (the reading pane itself carries no conversation id), the banner goes after the subject
// heading, and the message bodies' links are guarded. WEBMAIL-DOM 4.2-4.3.
import type { OpenedMessage } from '../adapter.ts'
import { outlookControls, outlookMessageList } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

export function outlookOpenedMessages(doc: Document): OpenedMessage[] {
  const pane = doc.querySelector(S.readingPane)
  const heading = pane?.querySelector(S.subjectHeading)
  // With several rows selected the pane shows no single conversation: nothing is opened.
  // Rows of the message list only: a mail body may hold look-alike "selected" options.
  const list = outlookMessageList(doc)
  const selected = list ? outlookControls(list, S.openRow) : []
  const id = selected.length === 1 ? selected[0]!.getAttribute('data-convid') : null
  if (!pane || !heading || !id) return []
  return [
    {
      id,
      anchor: heading,
      bodies: () => [...pane.querySelectorAll(S.messageBody)],
      // The selected row is in the list, so the row itself is read there.
      read: () => null,
    },
  ]
}
