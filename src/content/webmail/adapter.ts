// The one interface every webmail adapter implements. Adapters turn a page into plain rows;
// they never decide what is relay spam (docs/architecture.md, "Webmail adapters").
import type { ShownMail } from '../../core/mail/same-mail.ts'
import type { InboxView, MailPlace, MailRow } from '../../core/types.ts'
import type { ActionResults, WebmailAction } from '../../messaging/protocol.ts'
import type { SelectorError } from '../dom/selector-error.ts'

/** Mails acted on per chunk of a bulk action, in every webmail. */
export const ACTION_CHUNK = 20
/** Pause between chunks, so a wave of hundreds is not cleared at machine speed. */
export const ACTION_PACE_MS = 300

export interface ReadContext {
  account: string
  /** Reference time for dates the page shows relative to today ("1:47 PM"). */
  now: number
  /** Where the list shown now is (folder and inbox view), when the adapter can tell. */
  place?: MailPlace | null
}

export interface WebmailAdapter {
  readonly name: 'gmail' | 'outlook'
  /** The account whose mail the page shows, or null when the page is not a mailbox. */
  account(doc: Document): string | null
  /**
   * Whether the page shows the webmail's lists, where bulk actions and scans work. Gmail's print
   * view shows one conversation: it warns and guards, but leaves actions to a list tab.
   */
  showsLists?(doc: Document): boolean
  /** Where the list shown now is: Outlook's folder and Focused/Other view; null when unknown. */
  place?(doc: Document): MailPlace | null
  /**
   * Runs `work` in each view of the list (Outlook's Focused and Other), then shows the user's
   * view again; absent where a list has one view. Views whose tab did not answer are reported.
   */
  inEachView?(doc: Document, work: () => Promise<void>, report: ViewReport): Promise<void>
  /** Every message row element currently in the page, in order. */
  rowElements(doc: Document): Element[]
  /**
   * The rows a change at `node` may have altered: the row it is in, else, for an element, the rows
   * it holds. Lets a list change cost what changed, not a walk over every row of the page.
   */
  rowsAround(node: Node, withinToo: boolean): Element[]
  /**
   * Whether any row's checkbox is ticked. While no action of Relay Shield runs, the ticks are the
   * user's own selection (read from aria-checked, the same in every UI language).
   */
  hasTickedRows(doc: Document): boolean
  /** Attributes whose change alone means a row now shows another message (a recycled row). */
  readonly idAttributes: readonly string[]
  /** The row's stable message id, cheaply, or null when it has none. */
  rowId(element: Element): string | null
  /** Plain data of one row, or null when the element is not a readable message row. */
  readRow(element: Element, context: ReadContext): MailRow | null
  /** What is missing when a row cannot be read: a SelectorError naming the selector, or null. */
  diagnose(element: Element): SelectorError | null
  /**
   * Called when no row is found: a SelectorError when the page plainly shows a message list
   * whose rows the row selector no longer matches (the webmail changed), else null.
   */
  diagnosePage(doc: Document): SelectorError | null
  /** Where a row's marker goes, or null when the row has no place for one. */
  markerSlot(element: Element): Element | null
  /** The messages or conversations open in the page (reading pane or full view). */
  openedMessages(doc: Document): OpenedMessage[]
  /**
   * The scrolling box of a virtualised message list, for "scan this folder"; null when the list
   * is not virtualised (Gmail pages its list and keeps a page's rows).
   */
  scrollingList(doc: Document): HTMLElement | null
  /**
   * Lists every mail dated inside the window, wherever the webmail files it (Gmail's search), so
   * the content script reads them; null where the webmail has no such search here.
   */
  scanWindow: WindowScan | null
  /** Shows the mail with this id in the page; false when this page cannot. */
  openMessage(doc: Document, id: string): Promise<boolean>
  /** Bulk actions through the webmail's own controls. */
  runAction(doc: Document, request: ActionRequest): Promise<ActionResults>
}

/** Resolves with how many distinct mails the window listed; `read` waits until rows are read. */
export type WindowScan = (
  doc: Document,
  window: { from: number; to: number },
  read: () => Promise<void>,
  signal?: AbortSignal,
) => Promise<{ rows: number }>

export interface OpenedMessage {
  /**
   * Same id as the message's list row; null when the page does not name the message (Outlook's
   * pop-out window, reading pane off, several rows ticked): `shown` then tells which mail it is.
   */
  id: string | null
  /** The banner goes right after this element. */
  anchor: Element
  /** The message bodies, whose links are guarded when the message is relay or suspect. */
  bodies: () => Element[]
  /** The opened message as a row, for one opened before its row was seen in a list. */
  read: (context: ReadContext) => MailRow | null
  /** Subject, sender and date the page shows, matched against the rows read when `id` is null. */
  shown?: (context: ReadContext) => ShownMail | null
  /**
   * The page's structure was not recognised where it should have been: the anchor or the bodies
   * are best guesses. Reported like an unreadable row (the drift notice), never silently dropped.
   */
  drift?: SelectorError
}

/** An opened message once its id is known. */
export type IdentifiedMessage = OpenedMessage & { id: string }

/** Where views that could not be shown are told, and the changed markup that caused it. */
export interface ViewReport {
  unreached?: (view: InboxView) => void
  drift?: (error: SelectorError) => void
}

export interface ActionRequest extends ViewReport {
  action: WebmailAction
  ids: string[]
  /** Name of the label to apply (created when missing) or to take off. */
  label: string
  /** Each mail's own date (ms), where known: undoing a move looks for the mails by date. */
  dates?: Record<string, number>
  /** The mails' sender domains, where known: a Gmail search for them is narrowed to these. */
  senders?: string[]
  /** How long the webmail may take to act on one chunk; defaults to 10 s. */
  actDeadlineMs?: number
  /** Called after each paced chunk with the results so far. */
  onProgress?: (results: ActionResults) => void
}

/** The attribute every classified row carries: clean | suspect | relay (the DOM contract). */
export const VERDICT_ATTRIBUTE = 'data-relay-shield'

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/gu, ' ').trim()
}

/** `rowsAround` for a row selector. */
export function rowsAroundBy(node: Node, withinToo: boolean, rowSelector: string): Element[] {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement
  if (!element) return []
  const row = element.closest(rowSelector)
  if (row) return [row]
  return withinToo && element === node ? [...element.querySelectorAll(rowSelector)] : []
}
