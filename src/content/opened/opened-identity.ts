// Which mail an opened message is when the page does not name it (docs/webmail-pages.md 4.3:
// Outlook's pane carries no conversation id; a pop-out window, the reading pane turned off or
// several ticked rows leave no single selected row). Its subject, sender and date are matched
// first against the rows this page read, then against the rows the background stored from every
// tab (a pop-out window has no list of its own). Each question goes to the background once.
import {
  findSameMail,
  subjectKey,
  type KnownMail,
  type ShownMail,
} from '../../core/mail/same-mail.ts'
import type { MailRow, Verdict } from '../../core/types.ts'
import type { IdentifiedMessage, OpenedMessage, ReadContext } from '../webmail/adapter.ts'

export interface OpenedIdentityDeps {
  /** The background's match among stored rows. */
  find: (
    account: string,
    shown: ShownMail,
  ) => Promise<{ id: string | null; verdict: Verdict | null }>
  /** The background named the mail: its verdict is known now, the opened view can follow. */
  found: (id: string, verdict: Verdict | null) => void
  /** Rows remembered before the oldest are forgotten. */
  most: number
}

export interface OpenedIdentity {
  /** A row read from the list, for later matching. */
  remember: (row: MailRow) => void
  /** A later list may hold the mails the background did not know yet: ask again then. */
  forgetMisses: () => void
  /** The opened messages whose id is known: the page's own, a row read, or the background's. */
  identify: (opened: readonly OpenedMessage[], context: ReadContext) => IdentifiedMessage[]
}

export function createOpenedIdentity(deps: OpenedIdentityDeps): OpenedIdentity {
  const read = new Map<string, KnownMail>()
  /** The background's answers by what was shown: an id, null (unknown) or a question under way. */
  const asked = new Map<string, string | null | 'asking'>()

  const ask = (key: string, context: ReadContext, shown: ShownMail) => {
    asked.set(key, 'asking')
    deps.find(context.account, shown).then(
      ({ id, verdict }) => {
        asked.set(key, id)
        if (id) deps.found(id, verdict)
      },
      // The worker may be restarting: the next scan asks again.
      () => asked.delete(key),
    )
  }

  const idOf = (message: OpenedMessage, context: ReadContext): string | null => {
    if (message.id) return message.id
    const shown = message.shown?.(context)
    if (!shown) return null
    const local = findSameMail(shown, read.values())
    if (local) return local
    const key = JSON.stringify([subjectKey(shown.subject), shown.senderAddress, shown.date])
    const answer = asked.get(key)
    if (answer === undefined) ask(key, context, shown)
    return answer && answer !== 'asking' ? answer : null
  }

  return {
    remember(row) {
      read.delete(row.id)
      read.set(row.id, row)
      if (read.size > deps.most) read.delete(read.keys().next().value!)
    },
    forgetMisses() {
      for (const [key, answer] of asked) if (answer === null) asked.delete(key)
    },
    identify(opened, context) {
      return opened.flatMap((message) => {
        const id = idOf(message, context)
        return id ? [{ ...message, id }] : []
      })
    },
  }
}
