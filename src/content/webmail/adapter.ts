// The one interface every webmail adapter implements. Adapters turn a page into plain rows;
// they never decide what is relay spam (../shared/GUIDE.md, "Webmail adapters").
import type { MailRow } from '../../core/types.ts'

export interface ReadContext {
  account: string
  /** Reference time for dates the page shows relative to today ("1:47 PM"). */
  now: number
}

export interface WebmailAdapter {
  readonly name: 'gmail' | 'outlook'
  /** The account whose mail the page shows, or null when the page is not a mailbox. */
  account(doc: Document): string | null
  /** Every message row element currently in the page, in order. */
  rowElements(doc: Document): Element[]
  /** The row's stable message id, cheaply, or null when it has none. */
  rowId(element: Element): string | null
  /** Plain data of one row, or null when the element is not a readable message row. */
  readRow(element: Element, context: ReadContext): MailRow | null
}

/** The attribute every classified row carries: clean | suspect | relay (the DOM contract). */
export const VERDICT_ATTRIBUTE = 'data-relay-shield'

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/gu, ' ').trim()
}
