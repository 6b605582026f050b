// The Gmail adapter on the real redacted pages (saved 2025-04-08 and 2025-04-09).
import { describe, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import { GMAIL_SELECTORS } from '../../src/content/webmail/gmail/selectors.ts'
import {
  GMAIL_LIST_FIXTURE,
  GMAIL_THREAD_FIXTURE,
  gmailReplica,
  loadFixture,
} from '../support/gmail-replica.ts'
import { waveMails } from '../support/mail-specs.ts'

/** Expected matches of every selector on each dated fixture (counts from the fixture README). */
const EXPECTED: Record<keyof typeof GMAIL_SELECTORS, [list: number, thread: number]> = {
  threadList: [1, 1],
  row: [14, 15],
  anyListRow: [14, 15],
  adMarker: [0, 0],
  threadId: [27, 29],
  sender: [31, 38],
  subject: [14, 15],
  snippet: [14, 15],
  snippetSeparator: [14, 15],
  date: [14, 15],
  markerSlot: [14, 15],
  markerSlotFallback: [14, 15],
  // Scoped to a row when used; the split pane has two more checkboxes outside the list rows.
  rowCheckbox: [14, 17],
  threadHeading: [0, 1],
  threadHeader: [0, 1],
  threadView: [0, 1],
  message: [0, 2],
  messageSender: [0, 2],
  messageDate: [0, 2],
  messageBody: [0, 2],
  toolbar: [1, 1],
  labelsButton: [1, 1],
  // Gmail keeps closed menus in the page (the toolbar's Select and More menus).
  menu: [2, 5],
  dialog: [0, 0],
  // No fixture captured a paged list, a search or its select-all offer (docs/webmail-pages.md 3.2).
  pageRange: [0, 0],
  selectPage: [1, 1],
  selectAllMatching: [0, 0],
  noResults: [0, 0],
}

describe('Gmail selectors on the dated real fixtures', () => {
  it.each([
    ['2025-04-08 inbox list', GMAIL_LIST_FIXTURE, 0],
    ['2025-04-09 split pane', GMAIL_THREAD_FIXTURE, 1],
  ] as const)('each selector finds its expected count on the %s', (_name, url, column) => {
    const doc = loadPage(loadFixture(url))
    for (const [name, selector] of Object.entries(GMAIL_SELECTORS)) {
      const expected = EXPECTED[name as keyof typeof GMAIL_SELECTORS][column]
      expect(doc.querySelectorAll(selector).length, name).toBe(expected)
    }
  })

  it('has an expectation for every selector', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(GMAIL_SELECTORS).sort())
  })
})

describe('Gmail adapter', () => {
  it('reads every thread row of the real inbox list with id, sender, subject, snippet, date and unread', () => {
    const doc = loadPage(loadFixture(GMAIL_LIST_FIXTURE))
    const context = { account: gmailAdapter.account(doc) ?? '', now: 0 }
    const rows = gmailAdapter.rowElements(doc).map((el) => gmailAdapter.readRow(el, context))
    expect(rows).toHaveLength(14)
    expect(rows.filter((row) => row?.unread)).toHaveLength(12)
    const first = rows.find((row) => row?.id === 'thread-f:1828848632916392937')
    expect(first).toMatchObject({
      account: 'gmail:person1@example.com',
      senderName: 'Person 2',
      senderAddress: 'person2@example.com',
      subject: 'Subject 1',
      date: new Date(2025, 3, 8, 11, 26).getTime(),
      unread: false,
    })
    expect(first?.snippet.startsWith('Snippet text for message 1:')).toBe(true)
  })

  it.each([
    'Request received: contact admin@evil.example - person1@example.com - Gmail',
    'Re: admin@evil.example - admin@evil.example - x - person1@example.com - Vendor 1 Mail',
    'Inbox (14) - person1@example.com - Vendor 1 Mail',
  ])("reads the account from the title's trailing part, never the subject: %s", (title) => {
    const doc = loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    doc.title = title
    expect(gmailAdapter.account(doc)).toBe('gmail:person1@example.com')
  })

  it('takes no row from a mail body in the split pane, however much it looks like one', () => {
    const doc = loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    const before = gmailAdapter.rowElements(doc).length
    const body = doc.querySelector(GMAIL_SELECTORS.messageBody)!
    body.insertAdjacentHTML(
      'beforeend',
      '<table><tr class="zA"><td><span data-thread-id="#thread-f:1"></span><span email="x@evil.example"></span><span class="bog">x</span></td></tr></table>',
    )
    expect(gmailAdapter.rowElements(doc)).toHaveLength(before)
    expect(gmailAdapter.rowsAround(body, true)).toEqual([])
  })

  it("falls back to the URL's account index when the title holds only a hostile subject", () => {
    const doc = loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    doc.title = 'Request received: contact admin@evil.example'
    expect(gmailAdapter.account(doc)).toBe('gmail:u0')
  })

  it("opens a thread by the legacy id Gmail's URL uses, the open conversation's pair in the fixture", async () => {
    const doc = loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    const heading = doc.querySelector('h2[data-thread-perm-id]')!
    const permId = heading.getAttribute('data-thread-perm-id')!
    const legacy = heading.getAttribute('data-legacy-thread-id')!
    doc.location.hash = '#label/Work'
    expect(await gmailAdapter.openMessage(doc, permId)).toBe(true)
    expect(doc.location.hash).toBe(`#label/${legacy}`)
    expect(await gmailAdapter.openMessage(doc, 'not-a-thread')).toBe(false)
  })

  it('takes the open thread id from its legacy id where the perm id reads "undefined" (Workspace)', () => {
    const doc = loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    const heading = doc.querySelector('h2[data-thread-perm-id]')!
    const permId = heading.getAttribute('data-thread-perm-id')!.replace(/^#/u, '')
    expect(gmailAdapter.openedMessages(doc).map((opened) => opened.id)).toEqual([permId])
    heading.setAttribute('data-thread-perm-id', 'undefined')
    expect(gmailAdapter.openedMessages(doc).map((opened) => opened.id)).toEqual([permId])
    heading.removeAttribute('data-thread-perm-id')
    expect(gmailAdapter.openedMessages(doc).map((opened) => opened.id)).toEqual([permId])
  })

  it('reads only list rows in split-pane mode, not the open message header', () => {
    const doc = loadPage(loadFixture(GMAIL_THREAD_FIXTURE))
    const rows = gmailAdapter
      .rowElements(doc)
      .map((el) => gmailAdapter.readRow(el, { account: 'a', now: 0 }))
    expect(rows).toHaveLength(15)
    expect(
      rows.every((row) => row && row.id.startsWith('thread-') && row.senderAddress.includes('@')),
    ).toBe(true)
  })

  it('falls back to the time in the legacy id when the date title is in an unknown locale', () => {
    const [mail] = waveMails(1, new Date(Date.UTC(2026, 0, 18, 9, 0)))
    const doc = loadPage(
      gmailReplica([{ ...mail!, threadId: BigInt(Date.UTC(2026, 0, 18, 9, 0)) << 20n }]),
    )
    doc.querySelector('td.xW span[title]')?.setAttribute('title', '18. Januar 2026 um 09:00')
    const row = gmailAdapter.readRow(gmailAdapter.rowElements(doc)[0]!, { account: 'a', now: 0 })
    expect(row?.date).toBe(Date.UTC(2026, 0, 18, 9, 0))
  })

  it('skips ad rows and rows without a thread id', () => {
    const doc = loadPage(loadFixture(GMAIL_LIST_FIXTURE))
    const [ad, broken] = gmailAdapter.rowElements(doc)
    const adCell = doc.createElement('td')
    adCell.className = 'am0'
    ad!.append(adCell)
    for (const span of broken!.querySelectorAll('[data-thread-id]'))
      span.removeAttribute('data-thread-id')
    expect(gmailAdapter.rowElements(doc)).toHaveLength(13)
    expect(gmailAdapter.readRow(broken!, { account: 'a', now: 0 })).toBeNull()
  })
})
