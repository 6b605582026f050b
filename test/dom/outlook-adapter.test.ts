// The Outlook adapter on the reconstruction with the nesting of real pages (docs/webmail-pages.md 4.5).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadPage } from '../support/dom-page.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import { OUTLOOK_SELECTORS } from '../../src/content/webmail/outlook/selectors.ts'
import { parseOutlookListDate } from '../../src/content/webmail/outlook/dates.ts'

const FIXTURE = 'test/fixtures/outlook/2026-04-reconstruction-inbox.html'
const NOW = new Date(2026, 3, 10, 12, 0).getTime()

function page(): Document {
  return loadPage(readFileSync(FIXTURE, 'utf8'))
}

const EXPECTED: Record<keyof typeof OUTLOOK_SELECTORS, number> = {
  messageList: 1,
  row: 8,
  anyListRow: 8,
  senderWithAddress: 8,
  // Sender, subject (empty title) and time of each row; the open subject's span.
  titledSpan: 25,
  span: 36,
  readingPane: 1,
  readingPaneByName: 1,
  openRow: 1,
  // The visible subject and a screen-reader-only heading of the same level.
  subjectHeading: 2,
  subjectHeadingOlder: 2,
  screenReaderOnly: 1,
  messageBody: 1,
  messageBodyLoose: 1,
  bodyDocument: 1,
  sender: 1,
  senderButton: 1,
  sentTime: 1,
  rowCheckbox: 8,
  ribbon: 1,
  // Inbox, Junk Email, Archive, Deleted Items; the inbox shown.
  folderItem: 4,
  currentFolder: 1,
  // The ribbon's five commands, each row's read/unread button, the open message's Reply,
  // Forward and sender buttons, the Focused and Other tabs (ribbon lookups stay in the ribbon).
  ribbonButton: 18,
  // Focused and Other above the list.
  viewTab: 2,
  // Menus and dialogs exist only while open.
  menu: 0,
  menuItem: 0,
  dialog: 0,
}

describe('Outlook selectors on the 2026-04 reconstruction (conversation view)', () => {
  it('each selector finds its expected count, and every selector has an expectation', () => {
    const doc = page()
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(OUTLOOK_SELECTORS).sort())
    for (const [name, selector] of Object.entries(OUTLOOK_SELECTORS)) {
      expect(doc.querySelectorAll(selector).length, name).toBe(
        EXPECTED[name as keyof typeof OUTLOOK_SELECTORS],
      )
    }
  })
})

describe('Outlook adapter', () => {
  it('reads conversation id, sender, subject, preview, time and unread state of each row', () => {
    const doc = page()
    const rows = outlookAdapter
      .rowElements(doc)
      .map((el) => outlookAdapter.readRow(el, { account: 'o', now: NOW }))
    expect(rows).toHaveLength(8)
    expect(rows[0]).toMatchObject({
      senderName: 'Discord',
      senderAddress: 'support@discord.zendesk.com',
      subject: '[Request received] TAKE DOWN ORDERS',
      date: new Date(2026, 3, 10, 8, 0).getTime(),
      unread: true,
    })
    expect(rows[0]?.snippet).toContain('has been received')
    expect(rows[0]?.id).toMatch(/^AAQkADAw/u)
    expect(rows.at(-1)?.unread).toBe(false)
  })

  it('matches the unread word only at the start of the accessible name', () => {
    const doc = page()
    const row = outlookAdapter.rowElements(doc).at(-1)!
    row.setAttribute('aria-label', 'Colleague Unread items report 9:00 AM preview')
    expect(outlookAdapter.readRow(row, { account: 'o', now: NOW })?.unread).toBe(false)
  })

  it('resolves list times against today, weekday dates against this year, and full dates as written', () => {
    expect(parseOutlookListDate('11:47 AM', NOW)).toBe(new Date(2026, 3, 10, 11, 47).getTime())
    // A time still to come at noon was listed before midnight: yesterday's mail.
    expect(parseOutlookListDate('1:47 PM', NOW)).toBe(new Date(2026, 3, 9, 13, 47).getTime())
    expect(parseOutlookListDate('12:03 PM', NOW)).toBe(new Date(2026, 3, 10, 12, 3).getTime())
    expect(parseOutlookListDate('Tue 3/17', NOW)).toBe(new Date(2026, 2, 17).getTime())
    expect(parseOutlookListDate('Wed 12/30', NOW)).toBe(new Date(2025, 11, 30).getTime())
    expect(parseOutlookListDate('6/24/2024', NOW)).toBe(new Date(2024, 5, 24).getTime())
    expect(parseOutlookListDate('yesterday', NOW)).toBeNull()
  })

  it('finds the conversation open in the reading pane by its selected row, with its bodies', () => {
    const doc = page()
    const [opened, ...more] = outlookAdapter.openedMessages(doc)
    expect(more).toEqual([])
    const selected = doc.querySelector('[role=option][aria-selected=true]')!
    expect(opened!.id).toBe(selected.getAttribute('data-convid'))
    // The visible subject heading, not the screen-reader-only one before it.
    expect(opened!.anchor.textContent).toBe('[Request received] TAKE DOWN ORDERS')
    expect(opened!.bodies().map((body) => body.id)).toEqual(['UniqueMessageBody_1'])
    expect(opened!.drift).toBeUndefined()
    expect(opened!.shown?.({ account: 'o', now: NOW })).toEqual({
      subject: '[Request received] TAKE DOWN ORDERS',
      senderName: 'Discord',
      senderAddress: 'support@discord.zendesk.com',
      date: new Date(2026, 3, 10, 8, 0).getTime(),
    })
  })

  it('names no conversation while two rows are selected, and still shows what the pane holds', () => {
    const doc = page()
    doc.querySelectorAll('[role=option]')[1]!.setAttribute('aria-selected', 'true')
    const [opened] = outlookAdapter.openedMessages(doc)
    expect(opened!.id).toBeNull()
    expect(opened!.shown?.({ account: 'o', now: NOW })?.subject).toBe(
      '[Request received] TAKE DOWN ORDERS',
    )
  })

  it('finds nothing opened in an empty reading pane', () => {
    const doc = page()
    doc.querySelector('[data-app-section=MailReadCompose]')!.replaceChildren()
    expect(outlookAdapter.openedMessages(doc)).toEqual([])
  })

  it('ignores look-alike rows, lists, ribbons and menus that a mail body brings along', async () => {
    const doc = page()
    const body = doc.querySelector(OUTLOOK_SELECTORS.messageBody)!
    body.insertAdjacentHTML(
      'beforeend',
      `<div role="listbox"><div role="option" data-convid="evil" aria-selected="true">
        <div role="checkbox" aria-checked="true"></div><span title="x@evil.example">x</span></div></div>
      <div data-app-section="Ribbon"><button aria-label="Delete">Delete</button></div>`,
    )
    // The guard stays on: one conversation is still open, with its body guarded.
    const [opened, ...more] = outlookAdapter.openedMessages(doc)
    expect(more).toEqual([])
    expect(opened?.id).not.toBe('evil')
    expect(opened?.bodies()).toHaveLength(1)
    // The fake row is not a row of the list.
    const ids = outlookAdapter.rowElements(doc).map((row) => outlookAdapter.rowId(row))
    expect(ids).toHaveLength(8)
    expect(ids).not.toContain('evil')
    expect(outlookAdapter.rowsAround(doc.querySelector('[data-convid="evil"]')!, true)).toEqual([])
  })

  it('puts the marker inside the subject line of the row', () => {
    const doc = page()
    const row = outlookAdapter.rowElements(doc)[0]!
    const slot = outlookAdapter.markerSlot(row)!
    expect(slot.querySelector('span[title]')?.textContent).toBe(
      '[Request received] TAKE DOWN ORDERS',
    )
  })
})
