// Reads Gmail's thread list into plain rows.
import type { MailRow } from '../../../core/types.ts'
import { censoredStructure, SelectorError } from '../../dom/selector-error.ts'
import { rowsAroundBy, textOf, type ReadContext, type WebmailAdapter } from '../adapter.ts'
import { gmailAccountIndex, gmailTitleAddress } from './account.ts'
import { tickedIds } from '../selection.ts'
import { runGmailAction } from './actions.ts'
import { parseGmailTitleDate, timeFromLegacyId } from './dates.ts'
import { gmailOpenedMessages } from './opened.ts'
import { isStandalonePage, standaloneAccount, standaloneMessages } from './standalone.ts'
import { GMAIL_SELECTORS as S, GMAIL_UNREAD_CLASS } from './selectors.ts'
import { scanGmailWindow } from './window-scan.ts'

// Gmail pads snippets with invisible characters (U+200C, U+034F; fixture README).
const SNIPPET_PADDING = /(?:\u200c|\u034f)+/gu

export const gmailAdapter: WebmailAdapter = {
  name: 'gmail',
  account(doc) {
    // The address from the title's trailing part when Gmail shows it, else the URL's index.
    const address = isStandalonePage(doc) ? standaloneAccount(doc) : gmailTitleAddress(doc.title)
    return `gmail:${address ?? `u${gmailAccountIndex(doc.location?.pathname ?? '')}`}`
  },
  showsLists: (doc) => !isStandalonePage(doc),
  rowElements(doc) {
    // One walk over the page finds rows, ad markers and opened messages (a page of thousands of
    // rows makes each walk cost milliseconds). Ads are left out; in split-pane mode the open mail
    // sits inside the list container, and a row-like table in a mail body is the sender's.
    const rows: Element[] = []
    const ads = new Set<Element | null>()
    const messages: Element[] = []
    for (const element of doc.querySelectorAll(`${S.row}, ${S.adMarker}, ${S.message}`)) {
      if (element.matches(S.row)) rows.push(element)
      if (element.matches(S.adMarker)) ads.add(element.closest(S.row))
      else if (element.matches(S.message)) messages.push(element)
    }
    return rows.filter((row) => !ads.has(row) && !messages.some((message) => message.contains(row)))
  },
  rowsAround(node, withinToo) {
    return rowsAroundBy(node, withinToo, S.row).filter(
      (row) => !row.querySelector(S.adMarker) && !row.closest(S.message),
    )
  },
  hasTickedRows: (doc) => tickedIds(gmailRowsById(doc), S.rowCheckbox).length > 0,
  idAttributes: ['data-thread-id'],
  rowId: gmailRowId,
  readRow(element, context) {
    return readGmailRow(element, context)
  },
  diagnose(element) {
    const missing = REQUIRED_IN_ROW.find((name) => !element.querySelector(S[name]))
    return missing ? new SelectorError(missing, censoredStructure(element)) : null
  },
  diagnosePage(doc) {
    const list = doc.querySelector(S.threadList)
    const rowLike = list?.querySelector(S.anyListRow)
    return rowLike ? new SelectorError('row', censoredStructure(rowLike)) : null
  },
  markerSlot(element) {
    return element.querySelector(S.markerSlot) ?? element.querySelector(S.markerSlotFallback)
  },
  openedMessages: (doc) =>
    isStandalonePage(doc) ? standaloneMessages(doc) : gmailOpenedMessages(doc),
  scrollingList: () => null,
  scanWindow: (doc, window, read, signal) =>
    scanGmailWindow(doc, window, { rows: gmailRowsById }, read, signal),
  async openMessage(doc, id) {
    // Gmail's URL names a conversation by its legacy id, the thread id in hexadecimal
    // (data-legacy-thread-id beside data-thread-perm-id in the 2025 fixtures); the folder stays.
    const decimal = /^thread-f:(\d{1,20})$/u.exec(id)?.[1]
    if (!decimal || !doc.location) return false
    const folder = /^#([^/]+)/u.exec(doc.location.hash)?.[1] ?? 'inbox'
    doc.location.hash = `#${folder}/${BigInt(decimal).toString(16)}`
    return true
  },
  runAction(doc, request) {
    return runGmailAction(doc, request, { rows: gmailRowsById })
  },
}

/** Parts every thread row has in every capture; a row without one means Gmail changed. */
const REQUIRED_IN_ROW = ['threadId', 'sender', 'subject'] as const

function gmailRowsById(doc: Document): Map<string, Element> {
  const rows = new Map<string, Element>()
  for (const row of gmailAdapter.rowElements(doc)) {
    const id = gmailRowId(row)
    if (id) rows.set(id, row)
  }
  return rows
}

/** The thread id without Gmail's leading "#" ("thread-f:1828848632916392937"). */
export function gmailRowId(element: Element): string | null {
  const id = element.querySelector(S.threadId)?.getAttribute('data-thread-id')?.replace(/^#/u, '')
  return id || null
}

export function readGmailRow(element: Element, context: ReadContext): MailRow | null {
  const id = gmailRowId(element)
  if (!id) return null
  const idHolder = element.querySelector(S.threadId)
  const senders = [...element.querySelectorAll(S.sender)]
  const sender = senders[senders.length - 1]
  const subject = element.querySelector(S.subject)
  // A row without a sender or subject is not guessed at: the runner reports what is missing.
  if (!sender || !subject) return null
  const dateTitle = element.querySelector(S.date)?.getAttribute('title') ?? ''
  return {
    account: context.account,
    id,
    senderName: sender.getAttribute('name') ?? textOf(sender),
    senderAddress: sender.getAttribute('email') ?? '',
    subject: textOf(subject),
    snippet: readSnippet(element),
    date:
      parseGmailTitleDate(dateTitle) ??
      timeFromLegacyId(idHolder?.getAttribute('data-legacy-last-message-id')),
    unread: element.classList.contains(GMAIL_UNREAD_CLASS),
  }
}

function readSnippet(row: Element): string {
  const snippet = row.querySelector(S.snippet)
  if (!snippet) return ''
  const separator = snippet.querySelector(S.snippetSeparator)
  const text = textOf(snippet)
  const withoutDash = separator ? text.slice(textOf(separator).length) : text
  return withoutDash.replace(SNIPPET_PADDING, '').trim()
}
