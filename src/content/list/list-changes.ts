// Which rows a change of the page touched, so a scan visits those rows and no others.
import type { WebmailAdapter } from '../webmail/adapter.ts'

/**
 * Adds the rows a change touched: the row it happened in (a cell re-rendered, a marker removed,
 * a recycled row given another id) and the rows it added (new mail, another folder). Returns
 * whether the change stayed within list rows (inside a row, or rows themselves added or taken
 * away): such a change cannot have opened or closed a message.
 */
export function touchedBy(
  record: MutationRecord,
  adapter: WebmailAdapter,
  touched: Set<Element>,
): boolean {
  const around = adapter.rowsAround(record.target, false)
  for (const row of around) touched.add(row)
  // Inside a row, whatever it added; else only rows (or text) may have come and gone.
  let withinRows = around.length > 0 || record.type === 'childList'
  for (const node of record.addedNodes) {
    const rows = adapter.rowsAround(node, true)
    for (const row of rows) touched.add(row)
    if (around.length === 0 && !isRowOrText(node, rows)) withinRows = false
  }
  if (withinRows && around.length === 0)
    for (const node of record.removedNodes)
      if (!isRowOrText(node, adapter.rowsAround(node, false))) withinRows = false
  return withinRows
}

/** A text node, or an element that is itself the one row `rowsAround` gave for it. */
function isRowOrText(node: Node, rows: readonly Element[]): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeType === Node.TEXT_NODE
  return rows.length === 1 && rows[0] === node
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
