// Everything a stopped content script leaves behind is removed, so a newer instance (after an
// extension update) starts from the page as the webmail rendered it.
import { releaseLinksIn } from '../opened/links/hold.ts'
import { DIM_ATTRIBUTE, HIDDEN_ATTRIBUTE } from '../list/row-view.ts'
import { MARKER_TAG } from './marker.ts'
import { NOTICE_ATTRIBUTE } from './notice.ts'

export function removeDecorations(doc: Document): void {
  for (const node of doc.querySelectorAll(`${MARKER_TAG}, [${NOTICE_ATTRIBUTE}]`)) node.remove()
  for (const row of doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}], [${DIM_ATTRIBUTE}]`)) {
    row.removeAttribute(HIDDEN_ATTRIBUTE)
    row.removeAttribute(DIM_ATTRIBUTE)
  }
  // Links of guarded mail get their own href back.
  releaseLinksIn(doc)
}
