// Replica Gmail pages built from the real redacted fixture: its first thread row is cloned for
// every synthetic mail, so the replica keeps Gmail's real markup (classes, roles, data-* ids).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Window } from 'happy-dom'
import { gmailTitleDate, shortTime, type MailSpec } from './mail-specs.ts'

// Paths from the repository root (tests, scripts and the demo all run there). Plain strings, not
// URLs: under happy-dom the global URL is the DOM's, which node:fs does not accept.
export const GMAIL_LIST_FIXTURE = 'test/fixtures/gmail/2025-04-08-workspace-inbox-list.html'
export const GMAIL_THREAD_FIXTURE =
  'test/fixtures/gmail/2025-04-09-workspace-inbox-splitpane-open-thread.html'

export function loadFixture(path: string): string {
  return readFileSync(resolve(path), 'utf8')
}

/** The real list page with `mails` rendered as rows in front of (or instead of) its own rows. */
export function gmailReplica(
  mails: readonly MailSpec[],
  options: { keepRealRows?: boolean } = {},
): string {
  const window = new Window()
  const doc = window.document
  doc.write(loadFixture(GMAIL_LIST_FIXTURE))
  const template = doc.querySelector('tr.zA')
  const body = template?.parentElement
  if (!template || !body) throw new Error('fixture has no thread row')
  const rows = mails.map((mail, i) => renderRow(template as unknown as Element, mail, i))
  if (!options.keepRealRows) body.replaceChildren()
  body.prepend(...(rows as unknown as Parameters<typeof body.prepend>))
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`
  window.close()
  return html
}

/** One replica row as HTML, for pages that add rows while open (a wave arriving). */
export function gmailRowHtml(mail: MailSpec, index: number): string {
  return renderRow(rowTemplate(), mail, index).outerHTML
}

let template: Element | null = null

/** The fixture's first thread row, parsed once and cloned for every rendered row. */
function rowTemplate(): Element {
  if (!template) {
    const window = new Window()
    window.document.write(loadFixture(GMAIL_LIST_FIXTURE))
    template = window.document.querySelector('tr.zA') as unknown as Element
  }
  return template
}

function renderRow(template: Element, mail: MailSpec, index: number): Element {
  const row = template.cloneNode(true) as Element
  const legacy = mail.threadId.toString(16)
  row.setAttribute('id', `:r${index}`)
  row.setAttribute('class', mail.unread ? 'zA zE' : 'zA yO')
  const idSpan = row.querySelector('span[data-thread-id]')!
  idSpan.setAttribute('data-thread-id', `#thread-f:${mail.threadId}`)
  for (const name of [
    'data-legacy-thread-id',
    'data-legacy-last-message-id',
    'data-legacy-last-non-draft-message-id',
  ]) {
    idSpan.setAttribute(name, legacy)
  }
  idSpan.textContent = mail.subject
  const sender = row.querySelector('span[email]')!
  for (const name of ['email', 'data-hovercard-id']) sender.setAttribute(name, mail.email)
  sender.setAttribute('name', mail.senderName)
  sender.setAttribute('class', mail.unread ? 'zF' : 'yP')
  sender.textContent = mail.senderName
  const snippet = row.querySelector('span.y2')!
  snippet.replaceChildren(snippet.querySelector('span.Zt')!, mail.snippet)
  const date = row.querySelector('td.xW span[title]')!
  date.setAttribute('title', gmailTitleDate(mail.date))
  date.setAttribute('aria-label', gmailTitleDate(mail.date))
  date.replaceChildren(shortTime(mail.date))
  row.querySelector('.afn')!.textContent =
    `${mail.senderName}, ${mail.subject}, ${shortTime(mail.date)}, ${mail.snippet}`
  row.querySelector('.brd')?.remove() // the template's attachment chip
  return row
}
