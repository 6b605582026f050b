// Outlook's own controls live in the list, the ribbon and the menus and dialogs it opens, never in
// a mail. A mail body is the sender's markup: `<div role="option" data-convid aria-selected=true>`
// in a body once made two "open" rows and turned the banner and the link guard off. So every
// lookup of Outlook's controls skips whatever sits inside the reading pane's message bodies, and
// rows are taken from the message list only.
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

/** True when `element` is part of a mail's content rather than of Outlook's interface. */
export function insideMail(element: Element): boolean {
  return element.closest(S.messageBody) !== null
}

/** The message list: the listbox of the MessageList section, else the first not in a mail. */
export function outlookMessageList(doc: Document): Element | null {
  const lists = [...doc.querySelectorAll(S.messageList)].filter((list) => !insideMail(list))
  return lists.find((list) => list.closest(MESSAGE_LIST_SECTION)) ?? lists[0] ?? null
}

/** The list pane (docs/webmail-pages.md 4.5: `[role=complementary][data-app-section=MessageList]`). */
const MESSAGE_LIST_SECTION = '[data-app-section="MessageList"]'

/** Elements matching `selector` inside `scope`, without those a mail brought along. */
export function outlookControls(scope: ParentNode, selector: string): Element[] {
  return [...scope.querySelectorAll(selector)].filter((element) => !insideMail(element))
}

/** Conversation rows of the message list only. */
export function outlookRows(doc: Document): Element[] {
  const list = outlookMessageList(doc)
  return list ? outlookControls(list, S.row) : []
}
