// Replica Gmail pages built from the real redacted fixture: its first thread row is cloned for
// every synthetic mail, so the replica keeps Gmail's real markup (classes, roles, data-* ids).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Window } from 'happy-dom'
import { gmailBehaviourScript } from './gmail-behaviour.ts'
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
  const body = doc.querySelector('tr.zA')?.parentElement
  if (!body) throw new Error('fixture has no thread row')
  // The views (gmail-views.ts) render the inbox's pages into this body.
  body.setAttribute('data-replica-inbox', '')
  const slot = doc.createComment(ROWS_SLOT)
  if (options.keepRealRows) body.prepend(slot)
  else body.replaceChildren(slot)
  const html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`
  window.close()
  // Rows are spliced in as text: happy-dom keeps every node it ever made, so building thousands
  // of rows as nodes exhausts the test process's memory.
  return html.replace(`<!--${ROWS_SLOT}-->`, () =>
    mails.map((mail, i) => gmailRowHtml(mail, i)).join(''),
  )
}

const ROWS_SLOT = 'replica-rows'

/** Where each replica mail's single link points, and how Gmail wraps it. */
export function replicaLink(mail: MailSpec): { url: string; safeRedirect: string; text: string } {
  const relay = /zendesk|freshdesk|li\.me/u.test(mail.email)
  const url = relay
    ? `https://nitro-claim.example/redeem?t=${mail.threadId}`
    : `https://www.example.com/orders/${mail.threadId}`
  const safeRedirect = `https://www.google.com/url?q=${encodeURIComponent(url)}&source=gmail&ust=1&usg=AOvVaw0`
  return { url, safeRedirect, text: relay ? 'View your request' : 'Your order' }
}

/**
 * The replica with what Relay Shield drives: behaving toolbar and checkboxes, the Labels menu,
 * and a conversation view for every mail at "#inbox/<legacy id>" built from the real split-pane
 * fixture's conversation markup.
 */
export function gmailInteractiveReplica(
  mails: readonly MailSpec[],
  options: {
    keepRealRows?: boolean
    laterMails?: readonly MailSpec[]
    bodyExtras?: string
    /**
     * Conversations a page lists (Gmail: 50, up to 100 in its settings). A test whose subject is
     * not paging may list a whole wave on one page.
     */
    pageSize?: number
  } = {},
): string {
  // Mails whose rows arrive later (a wave) can be opened too once their rows are in.
  const threads = Object.fromEntries(
    [...mails, ...(options.laterMails ?? [])].map((mail) => {
      const legacy = mail.threadId.toString(16)
      const link = replicaLink(mail)
      return [
        legacy,
        {
          legacy,
          threadId: `thread-f:${mail.threadId}`,
          subject: mail.subject,
          email: mail.email,
          senderName: mail.senderName,
          dateTitle: gmailTitleDate(mail.date),
          body: mail.snippet,
          link: link.url,
          safeRedirect: link.safeRedirect,
          linkText: link.text,
          extras: options.bodyExtras ?? '',
        },
      ]
    }),
  )
  const json = JSON.stringify(threads).replaceAll('<', '\\u003c')
  const extra =
    `<template id="replica-thread-template">${threadTemplate()}</template>` +
    `<script type="application/json" id="replica-threads">${json}</script>` +
    (options.pageSize ? `<meta name="replica-page-size" content="${options.pageSize}">` : '') +
    gmailBehaviourScript()
  return gmailReplica(mails, options).replace('</body>', `${extra}</body>`)
}

/** The real conversation view (`.a98.iY`) of the split-pane fixture with its first message only. */
function threadTemplate(): string {
  const window = new Window()
  window.document.write(loadFixture(GMAIL_THREAD_FIXTURE))
  const view = window.document.querySelector('.a98.iY')
  if (!view) throw new Error('fixture has no conversation view')
  const items = [...view.querySelectorAll('[role=listitem]')].filter((item) =>
    item.querySelector('div.adn'),
  )
  for (const item of items.slice(1)) item.remove()
  const html = view.outerHTML
  window.close()
  return html
}

/** One replica row as HTML, for pages that add rows while open (a wave arriving). */
export function gmailRowHtml(mail: MailSpec, index: number): string {
  const values: Record<string, string> = {
    INDEX: String(index),
    CLASS: mail.unread ? 'zA zE' : 'zA yO',
    SENDERCLASS: mail.unread ? 'zF' : 'yP',
    THREAD: String(mail.threadId),
    LEGACY: mail.threadId.toString(16),
    SUBJECT: mail.subject,
    EMAIL: mail.email,
    NAME: mail.senderName,
    SNIPPET: mail.snippet,
    TITLEDATE: gmailTitleDate(mail.date),
    EPOCH: String(mail.date.getTime()),
    SHORTTIME: shortTime(mail.date),
    CATEGORY: mail.category ?? 'primary',
  }
  return rowPattern().replace(/§([A-Z]+)§/gu, (_, key: string) => escapeHtml(values[key] ?? ''))
}

let pattern: string | null = null

/** The fixture's first thread row rendered once with §KEY§ placeholders in every variable spot. */
function rowPattern(): string {
  if (pattern === null) {
    const window = new Window()
    window.document.write(loadFixture(GMAIL_LIST_FIXTURE))
    const template = window.document.querySelector('tr.zA') as unknown as Element
    pattern = renderRow(template).outerHTML
    window.close()
  }
  return pattern
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`)
}

function renderRow(template: Element): Element {
  const row = template.cloneNode(true) as Element
  row.setAttribute('id', ':r§INDEX§')
  row.setAttribute('class', '§CLASS§')
  // The mail's date for the replica's search (after:/before:); Relay Shield never reads it.
  row.setAttribute('data-replica-date', '§EPOCH§')
  // The inbox tab Gmail sorted the mail into, for the replica's category tabs.
  row.setAttribute('data-replica-category', '§CATEGORY§')
  const idSpan = row.querySelector('span[data-thread-id]')!
  idSpan.setAttribute('data-thread-id', '#thread-f:§THREAD§')
  for (const name of [
    'data-legacy-thread-id',
    'data-legacy-last-message-id',
    'data-legacy-last-non-draft-message-id',
  ]) {
    idSpan.setAttribute(name, '§LEGACY§')
  }
  idSpan.textContent = '§SUBJECT§'
  const sender = row.querySelector('span[email]')!
  for (const name of ['email', 'data-hovercard-id']) sender.setAttribute(name, '§EMAIL§')
  sender.setAttribute('name', '§NAME§')
  sender.setAttribute('class', '§SENDERCLASS§')
  sender.textContent = '§NAME§'
  const snippet = row.querySelector('span.y2')!
  snippet.replaceChildren(snippet.querySelector('span.Zt')!, '§SNIPPET§')
  const date = row.querySelector('td.xW span[title]')!
  date.setAttribute('title', '§TITLEDATE§')
  date.setAttribute('aria-label', '§TITLEDATE§')
  date.replaceChildren('§SHORTTIME§')
  row.querySelector('.afn')!.textContent = '§NAME§, §SUBJECT§, §SHORTTIME§, §SNIPPET§'
  row.querySelector('.brd')?.remove() // the template's attachment chip
  return row
}
