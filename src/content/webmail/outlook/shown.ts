// What Outlook's opened message shows of itself, for telling which mail it is when no single
// selected row names it (docs/webmail-pages.md 4.3): the subject heading's text, the sender's
// `Name<address>` and the date of the newest message shown.
import type { ShownMail } from '../../../core/mail/same-mail.ts'
import { textOf } from '../adapter.ts'
import { parseOutlookPaneDate } from './dates.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

const NAME_AND_ADDRESS = /^(.*?)\s*<([^<>\s@]+@[^<>\s@]+)>$/u
const FROM_PREFIX = /^[^:]{1,20}:\s*/u

export function shownMail(pane: Element, heading: Element): ShownMail | null {
  const title = heading.querySelector('span[title]:not([title=""])')?.getAttribute('title')
  const subject = (title ?? textOf(heading)).replace(/\s+/gu, ' ').trim()
  if (!subject) return null
  const senders = senderButtons(pane)
  const dates = [...pane.querySelectorAll(S.sentTime)].map((time) =>
    parseOutlookPaneDate(textOf(time)),
  )
  // Conversation view shows every message: the list row names the newest, so that one is used.
  const newest = dates.reduce<number>(
    (best, date, i) => (date !== null && date > (dates[best] ?? -Infinity) ? i : best),
    0,
  )
  const sender = senders[newest] ?? senders[0]
  return { subject, ...readSender(sender), date: dates[newest] ?? null }
}

/** The "From:" buttons; where their name is not English, buttons whose text is `Name<address>`. */
function senderButtons(pane: Element): Element[] {
  const named = [...pane.querySelectorAll(S.sender)]
  if (named.length > 0) return named
  return [...pane.querySelectorAll(S.senderButton)].filter((button) =>
    NAME_AND_ADDRESS.test(textOf(button)),
  )
}

function readSender(button: Element | undefined): Pick<ShownMail, 'senderName' | 'senderAddress'> {
  const text = textOf(button)
  const match = NAME_AND_ADDRESS.exec(text)
  if (match) return { senderName: match[1] ?? '', senderAddress: match[2] ?? '' }
  // A same-organisation sender shows only a name (PhishLens note in 4.3).
  const label = button?.getAttribute('aria-label') ?? ''
  return { senderName: text || label.replace(FROM_PREFIX, ''), senderAddress: '' }
}
