// Gmail's server-rendered pages of one conversation or one message: the print view (`view=pt`)
// and the page "[Message clipped] View entire message" opens (`view=lg`). The Gmail app does not
// run there, so the list and conversation selectors find nothing; the same banner and link guard
// must still hold (docs/webmail-pages.md 2.5). When the page's structure is not the one expected,
// the whole page is guarded and the drift is reported: never no warning at all.
import { PRINT_DATE_AT } from './locale.ts'
import type { MailRow } from '../../../core/types.ts'
import { censoredStructure, SelectorError } from '../../dom/selector-error.ts'
import { textOf, type OpenedMessage, type ReadContext } from '../adapter.ts'
import { parseGmailTitleDate, timeFromLegacyId } from './dates.ts'

/** The `view` values of the standalone pages. */
const STANDALONE_VIEWS = new Set(['pt', 'lg'])
const SNIPPET_CHARS = 200
/** Gmail titles these pages "Gmail - <subject>" (consumer) or "<product> - <subject>". */
const TITLE_PRODUCT = /^[^-]{1,40} - /u
const ADDRESS = /[^\s@<>()"]+@[^\s@<>()"]+\.[a-z]{2,}/iu

const S = {
  container: 'div.bodycontainer',
  main: 'div.maincontent',
  message: 'table.message',
  subject: 'font[size="+1"] b',
} as const

/** True on a print view or a "View entire message" page. */
export function isStandalonePage(doc: Document): boolean {
  const params = new URLSearchParams(doc.location?.search ?? '')
  return STANDALONE_VIEWS.has(params.get('view') ?? '')
}

/**
 * The conversation id the page's address names, as list rows give it ("thread-f:<decimal>"):
 * `permthid`, else `th` (hexadecimal), else `permmsgid`. A message's id is its conversation's when
 * it opened the conversation, as every acknowledgement of a wave does (docs/webmail-pages.md 2.5).
 */
export function standaloneThreadId(search: string): string | null {
  const params = new URLSearchParams(search)
  const thread = /^thread-f:(\d{1,20})$/u.exec(params.get('permthid') ?? '')?.[1]
  if (thread) return `thread-f:${thread}`
  const hex = params.get('th') ?? ''
  if (/^[0-9a-f]{1,16}$/iu.test(hex)) return `thread-f:${BigInt(`0x${hex}`)}`
  const message = /^msg-f:(\d{1,20})$/u.exec(params.get('permmsgid') ?? '')?.[1]
  return message ? `thread-f:${message}` : null
}

/** The account's address from the page header (before the conversation), or null. */
export function standaloneAccount(doc: Document): string | null {
  const container = doc.querySelector(S.container)
  const header = container?.querySelector(':scope > table')
  return ADDRESS.exec(textOf(header))?.[0]?.toLowerCase() ?? null
}

/** The messages the page shows, each guarded like an opened conversation. */
export function standaloneMessages(doc: Document): OpenedMessage[] {
  const id = standaloneThreadId(doc.location?.search ?? '')
  const subject = subjectOf(doc)
  const tables = [...doc.querySelectorAll(S.message)]
  if (tables.length === 0) return [wholePage(doc, id)]
  return tables.map((table, index) => ({
    id,
    // Right before the message: after the rule that separates it from the one above.
    anchor: index === 0 ? (firstAnchor(doc) ?? table) : (table.previousElementSibling ?? table),
    bodies: () => [table],
    read: (context: ReadContext) => (id ? readMessage(id, subject, table, context) : null),
  }))
}

/** The structure is not the expected one: the whole page is guarded, and the drift reported. */
function wholePage(doc: Document, id: string | null): OpenedMessage {
  const body = doc.body ?? doc.documentElement
  const anchor = body.firstElementChild ?? body
  return {
    id,
    anchor,
    bodies: () => [body],
    // The page's structure is unknown: only the title's subject and the id's own time are sure.
    // Sent for a verdict all the same, so the page is never left unjudged.
    read: (context) =>
      id
        ? {
            account: context.account,
            id,
            senderName: '',
            senderAddress: '',
            subject: subjectOf(doc),
            snippet: '',
            date: timeOfId(id),
            unread: false,
          }
        : null,
    drift: new SelectorError('standaloneMessage', censoredStructure(body)),
  }
}

/** The table holding the subject, above the first message: the banner goes after it. */
function firstAnchor(doc: Document): Element | null {
  return doc.querySelector(S.main)?.querySelector(':scope > table') ?? null
}

/** The subject heading above the first message, or the title's subject part. */
function subjectOf(doc: Document): string {
  const heading = doc.querySelector(S.main)?.querySelector(`:scope > table ${S.subject}`)
  return textOf(heading) || doc.title.replace(TITLE_PRODUCT, '').trim()
}

/** One message as a row: sender and date from its first line, the start of its text. */
function readMessage(id: string, subject: string, table: Element, context: ReadContext): MailRow {
  const cells = table.querySelector('tr')?.querySelectorAll('td') ?? []
  const from = cells[0] ?? null
  const address = ADDRESS.exec(textOf(from))?.[0] ?? ''
  const name = textOf(from?.querySelector('b')) || address
  const dateText = textOf(cells[cells.length - 1] ?? null).replace(PRINT_DATE_AT, ', ')
  // The message's own rows (sender, recipients, body), not the rows of tables in the mail.
  const rows = table.querySelectorAll(':scope > tbody > tr')
  return {
    account: context.account,
    id,
    senderName: name,
    senderAddress: address,
    subject,
    snippet: textOf(rows[rows.length - 1] ?? null).slice(0, SNIPPET_CHARS),
    date: parseGmailTitleDate(dateText) ?? timeOfId(id),
    unread: false,
  }
}

/** A Gmail id's top bits are the time it was made (dates.ts): the id in hexadecimal tells it. */
function timeOfId(id: string): number | null {
  const decimal = /(\d+)$/u.exec(id)?.[1]
  return decimal ? timeFromLegacyId(BigInt(decimal).toString(16)) : null
}
