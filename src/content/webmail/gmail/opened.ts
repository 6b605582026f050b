// The conversation the user opened (full view or split pane): its id, where the banner goes,
// and the message bodies whose links are guarded. docs/webmail-pages.md section 2.
import type { MailRow } from '../../../core/types.ts'
import { textOf, type OpenedMessage, type ReadContext } from '../adapter.ts'
import { parseGmailTitleDate, timeFromLegacyId } from './dates.ts'
import { GMAIL_SELECTORS as S } from './selectors.ts'

const SNIPPET_CHARS = 200

export function gmailOpenedMessages(doc: Document): OpenedMessage[] {
  // Headings are found through the page's h2 elements: far cheaper than an attribute query
  // over a list of thousands of rows (S.threadHeading names h2 elements only).
  const headings = [...doc.getElementsByTagName('h2')].filter((h2) => h2.matches(S.threadHeading))
  return headings.flatMap((heading) => {
    const id = openedThreadId(heading)
    if (!id) return []
    const view = heading.closest(S.threadView) ?? heading.parentElement?.parentElement ?? doc.body
    const anchor = heading.closest(S.threadHeader) ?? heading
    return [
      {
        id,
        anchor,
        bodies: () => [...view.querySelectorAll(S.messageBody)],
        read: (context: ReadContext) => readOpened(id, heading, view, context),
      },
    ]
  })
}

/**
 * The open thread's id as its list row gives it, "thread-f:<decimal>". Workspace pages were seen
 * with `data-thread-perm-id="undefined"`: the legacy id beside it, the same number in hexadecimal
 * (docs/webmail-pages.md 1.3 and 2.1), stands in for it then.
 */
export function openedThreadId(heading: Element): string | null {
  const perm = heading.getAttribute('data-thread-perm-id')?.replace(/^#/u, '') ?? ''
  if (/^thread-[a-z]:\S+$/u.test(perm)) return perm
  const legacy = heading.getAttribute('data-legacy-thread-id') ?? ''
  return /^[0-9a-f]{1,16}$/iu.test(legacy) ? `thread-f:${BigInt(`0x${legacy}`)}` : null
}

/** The conversation as a row, for a thread opened before its list row was seen (a link, a reload). */
function readOpened(
  id: string,
  heading: Element,
  view: Element,
  context: ReadContext,
): MailRow | null {
  const messages = [...view.querySelectorAll(S.message)]
  const first = messages[0]
  if (!first) return null
  const sender = first.querySelector(S.messageSender)
  const dateTitle = first.querySelector(S.messageDate)?.getAttribute('title') ?? ''
  return {
    account: context.account,
    id,
    senderName: sender?.getAttribute('name') ?? textOf(sender),
    senderAddress: sender?.getAttribute('email') ?? '',
    subject: textOf(heading),
    snippet: textOf(first.querySelector(S.messageBody)).slice(0, SNIPPET_CHARS),
    date:
      parseGmailTitleDate(dateTitle) ??
      timeFromLegacyId(first.getAttribute('data-legacy-message-id')),
    unread: false,
  }
}
