// Reads Outlook on the web's (virtualised) message list into plain rows.
import type { MailRow } from '../../../core/types.ts'
import { censoredStructure, SelectorError } from '../../dom/selector-error.ts'
import { rowsAroundBy, textOf, type ReadContext, type WebmailAdapter } from '../adapter.ts'
import { looksLikeListDate, parseOutlookListDate } from './dates.ts'
import { pressLikeUser } from '../../dom/events.ts'
import { walkList } from '../../list/list-walk.ts'
import { tickedIds } from '../selection.ts'
import { runOutlookAction } from './actions.ts'
import { outlookOpenedMessages } from './opened.ts'
import { inEachView } from './inbox-views.ts'
import { outlookPlace } from './place.ts'
import { insideMail, outlookMessageList, outlookRows } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'
import { UNREAD_PREFIXES } from './locale.ts'

const PREVIEW_MIN_CHARS = 20

export const outlookAdapter: WebmailAdapter = {
  name: 'outlook',
  showsLists: () => true,
  account(doc) {
    const host = doc.location?.host ?? 'outlook'
    const mailbox = /\/mail\/(\d+)\//u.exec(doc.location?.pathname ?? '')?.[1] ?? '0'
    return `outlook:${host}/${mailbox}`
  },
  place: outlookPlace,
  inEachView: (doc, work, report) =>
    inEachView(doc, { work, ...report, list: (page) => outlookAdapter.scrollingList(page) }),
  rowElements: outlookRows,
  rowsAround: (node, withinToo) =>
    rowsAroundBy(node, withinToo, S.row).filter((row) => !insideMail(row)),
  hasTickedRows: (doc) => tickedIds(outlookRowsById(doc), S.rowCheckbox).length > 0,
  idAttributes: ['data-convid'],
  rowId: (element) => element.getAttribute('data-convid') || null,
  readRow(element, context) {
    return readOutlookRow(element, context)
  },
  diagnose(element) {
    return element.querySelector(S.span)
      ? null
      : new SelectorError('span', censoredStructure(element))
  },
  diagnosePage(doc) {
    const rowLike = doc.querySelector(S.anyListRow)
    return rowLike ? new SelectorError('row', censoredStructure(rowLike)) : null
  },
  // The marker goes before the subject, inside the subject's own line: the row keeps its height,
  // which Outlook's list virtualiser measures (docs/webmail-pages.md 4.2, monet's rules).
  markerSlot: (element) =>
    findSubject(element, element.querySelector(S.senderWithAddress))?.parentElement ?? null,
  openedMessages: outlookOpenedMessages,
  async openMessage(doc, id) {
    // A click on the row opens the conversation in the reading pane, as a user's would (Osso's
    // click_element). A row out of view does not exist (docs/webmail-pages.md 4.2): the list is
    // walked until it is rendered; the list then scrolls back, the conversation stays open.
    const clickRow = () => {
      const row = outlookRowsById(doc).get(id)
      if (row) pressLikeUser(row)
      return row !== undefined
    }
    if (clickRow()) return true
    let found = false
    await walkList(
      {
        list: outlookAdapter.scrollingList(doc),
        renderedIds: () => [...outlookRowsById(doc).keys()],
      },
      () => {
        found = clickRow()
        return found ? 'stop' : false
      },
    )
    return found
  },
  // Outlook's folder is scanned by scrolling its virtualised list (scrollingList); a search by
  // date is not built for it.
  scanWindow: null,
  scrollingList(doc) {
    // The listbox or the nearest box around it that scrolls (the virtualiser's viewport).
    const view = doc.defaultView
    for (let node = outlookMessageList(doc); node; node = node.parentElement) {
      const overflow = view?.getComputedStyle(node).overflowY ?? ''
      if (/auto|scroll/u.test(overflow) && node.scrollHeight > node.clientHeight)
        return node as HTMLElement
    }
    return null
  },
  runAction(doc, request) {
    return runOutlookAction(doc, request, {
      rows: outlookRowsById,
      list: (page) => outlookAdapter.scrollingList(page),
    })
  },
}

function outlookRowsById(doc: Document): Map<string, Element> {
  const rows = new Map<string, Element>()
  for (const row of outlookRows(doc)) {
    const id = row.getAttribute('data-convid')
    if (id) rows.set(id, row)
  }
  return rows
}

export function readOutlookRow(element: Element, context: ReadContext): MailRow | null {
  const id = outlookAdapter.rowId(element)
  if (!id) return null
  const sender = element.querySelector(S.senderWithAddress)
  const spans = [...element.querySelectorAll(S.span)]
  const senderName = sender ? textOf(sender) : textOf(spans[0])
  const dateSpan = spans.find((span) => looksLikeListDate(textOf(span)))
  const subjectSpan = findSubject(element, sender)
  const subject = textOf(subjectSpan)
  return {
    account: context.account,
    id,
    senderName,
    senderAddress: sender?.getAttribute('title')?.trim() ?? '',
    subject,
    snippet: readPreview(spans, [sender, subjectSpan, dateSpan]),
    date: dateSpan ? parseOutlookListDate(textOf(dateSpan), context.now) : null,
    unread: isUnread(element),
    ...(context.place ? { place: context.place } : {}),
  }
}

/** The subject: the first titled span that is not the sender, a time or a recipient list (Osso). */
function findSubject(row: Element, sender: Element | null): Element | undefined {
  return [...row.querySelectorAll(S.titledSpan)].find(
    (span) => span !== sender && !looksLikeListDate(textOf(span)) && !textOf(span).includes(';'),
  )
}

function readPreview(
  spans: readonly Element[],
  taken: readonly (Element | null | undefined)[],
): string {
  const preview = spans.find(
    (span) =>
      !taken.includes(span) &&
      span.children.length === 0 &&
      textOf(span).length >= PREVIEW_MIN_CHARS &&
      !taken.some((other) => other?.contains(span)),
  )
  return textOf(preview)
}

function isUnread(row: Element): boolean {
  const name = row.getAttribute('aria-label') ?? ''
  return UNREAD_PREFIXES.some((prefix) => name.startsWith(`${prefix} `))
}
