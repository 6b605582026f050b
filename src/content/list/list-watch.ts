// Watches the page for changes a scan must look at: the rows each change touched are collected,
// and whether anything outside list rows changed (a conversation may have been opened or closed).
// Relay Shield's own additions are ignored.
import { isOwnChange, touchedBy } from './list-changes.ts'
import type { WebmailAdapter } from '../webmail/adapter.ts'

export interface ListChanges {
  /** The connected rows touched since the last call, and forgets them. */
  takeTouched: () => Element[]
  /** Forgets the touched rows: a scan of every row is about to visit them anyway. */
  forgetTouched: () => void
}

/**
 * Observes `doc.body` until `signal` aborts. `changed(outsideRows)` is called once per batch of
 * changes that were not Relay Shield's own; it runs inside the page's own task, so it only
 * schedules work.
 */
export function watchList(
  doc: Document,
  adapter: WebmailAdapter,
  signal: AbortSignal,
  changed: (outsideRows: boolean) => void,
): ListChanges {
  const touched = new Set<Element>()
  const observer = new MutationObserver((records) => {
    let outsideRows = false
    let any = false
    for (const record of records) {
      if (isOwnChange(record)) continue
      any = true
      if (!touchedBy(record, adapter, touched)) outsideRows = true
    }
    if (any) changed(outsideRows)
  })
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: [...adapter.idAttributes],
  })
  signal.addEventListener('abort', () => observer.disconnect(), { once: true })
  return {
    takeTouched() {
      const rows = [...touched].filter((row) => row.isConnected)
      touched.clear()
      return rows
    },
    forgetTouched: () => touched.clear(),
  }
}
