// How verdicts look in the list: the verdict attribute (the DOM contract), a marker with the
// reason on relay and suspect rows, and the user's choice of dimming or hiding relay rows.
// Hidden rows can always be shown again (Undo); nothing is removed from the page.
import type { RelayRows } from '../../core/settings.ts'
import type { Verdict } from '../../core/types.ts'
import { placeMarker } from '../ui/marker.ts'
import { showNotice } from '../ui/notice.ts'
import type { Translate } from '../ui/texts.ts'
import { VERDICT_ATTRIBUTE, type WebmailAdapter } from '../webmail/adapter.ts'

export const HIDDEN_ATTRIBUTE = 'data-relay-shield-hidden'
export const DIM_ATTRIBUTE = 'data-relay-shield-dim'

export interface RowView {
  decorate: (element: Element, id: string, verdict: Verdict) => void
  /** Hides these rows until undone; `refresh` re-applies the view to those rows in the page. */
  hide: (ids: readonly string[]) => void
  unhide: (ids: readonly string[]) => void
}

export function createRowView(
  doc: Document,
  adapter: WebmailAdapter,
  texts: Translate,
  mode: RelayRows,
  refresh: (ids: readonly string[]) => void,
): RowView {
  const hidden = new Set<string>()
  // Relay rows the user showed again after auto-hide: they stay shown on this page.
  const shown = new Set<string>()
  // Relay rows hidden by the setting, so the notice can offer to show them.
  const autoHidden = new Set<string>()
  let noticeScheduled = false
  const announceAutoHidden = () => {
    if (noticeScheduled) return
    noticeScheduled = true
    queueMicrotask(() => {
      noticeScheduled = false
      const ids = [...autoHidden].filter((id) => !shown.has(id))
      if (ids.length === 0) return
      showNotice(doc, 'hidden', texts('hiddenNotice', [String(ids.length)]), [
        { label: texts('showHidden'), run: () => view.unhide(ids) },
      ])
    })
  }
  const view: RowView = {
    decorate(element, id, verdict) {
      setAttribute(element, VERDICT_ATTRIBUTE, verdict.verdict)
      const slot = adapter.markerSlot(element)
      if (slot) placeMarker(slot, verdict, texts)
      const relay = verdict.verdict === 'relay'
      const auto = relay && mode === 'hide' && !shown.has(id) && !hidden.has(id)
      toggle(element, HIDDEN_ATTRIBUTE, hidden.has(id) || auto)
      if (auto && !autoHidden.has(id)) {
        autoHidden.add(id)
        announceAutoHidden()
      }
      toggle(element, DIM_ATTRIBUTE, relay && mode === 'dim')
    },
    hide(ids) {
      const fresh = ids.filter((id) => !hidden.has(id))
      for (const id of ids) {
        hidden.add(id)
        shown.delete(id)
      }
      refresh(ids)
      if (fresh.length === 0) return
      showNotice(doc, 'hidden', texts('hiddenNotice', [String(fresh.length)]), [
        { label: texts('undo'), run: () => view.unhide(fresh) },
      ])
    },
    unhide(ids) {
      for (const id of ids) {
        hidden.delete(id)
        shown.add(id)
      }
      refresh(ids)
    },
  }
  return view
}

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

function toggle(element: Element, name: string, on: boolean): void {
  if (on !== element.hasAttribute(name)) element.toggleAttribute(name, on)
}
