// Which rows a change of the page touched, so a scan visits those rows and no others.
import type { WebmailAdapter } from './webmail/adapter.ts'

/**
 * Adds the rows a change touched: the row it happened in (a cell re-rendered, a marker removed,
 * a recycled row given another id) and the rows it added (new mail, another folder).
 */
export function touchedBy(
  record: MutationRecord,
  adapter: WebmailAdapter,
  touched: Set<Element>,
): void {
  for (const row of adapter.rowsAround(record.target, false)) touched.add(row)
  for (const node of record.addedNodes)
    for (const row of adapter.rowsAround(node, true)) touched.add(row)
}

/**
 * Relay Shield adding its own `relay-shield-*` elements (markers, banners, dialogs) needs no new
 * scan; anything removed does, so a marker or banner the page took away comes back.
 */
export function isOwnChange(record: MutationRecord): boolean {
  return (
    record.type === 'childList' &&
    record.removedNodes.length === 0 &&
    [...record.addedNodes].every((node) => node.nodeName.startsWith('RELAY-SHIELD-'))
  )
}

/**
 * A change confined to list rows: inside a row, or rows themselves added or taken away. It cannot
 * have opened or closed a message, so the walk over the page that looks for one can be skipped.
 */
export function withinRows(record: MutationRecord, adapter: WebmailAdapter): boolean {
  if (adapter.rowsAround(record.target, false).length > 0) return true
  if (record.type !== 'childList') return false
  const isRow = (node: Node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeType === Node.TEXT_NODE
    const [row] = adapter.rowsAround(node, false)
    return row === node
  }
  return [...record.addedNodes].every(isRow) && [...record.removedNodes].every(isRow)
}
