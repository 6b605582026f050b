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
  options: { keepRealRows?: boolean; laterMails?: readonly MailSpec[] } = {},
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
        },
      ]
    }),
  )
  const json = JSON.stringify(threads).replaceAll('<', '\\u003c')
  const extra =
    `<template id="replica-thread-template">${threadTemplate()}</template>` +
    `<script type="application/json" id="replica-threads">${json}</script>` +
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
