// The mail opened in Outlook, on reconstructions with the nesting of real pages
// (docs/webmail-pages.md 4.3, 4.5): the banner and the link guard in conversation and message
// view, with the reading pane right, below or off, in a pop-out window, and while several rows are
// ticked (no single selected row names the mail: it is told by subject, sender and date). Each
// hook that no longer matches falls back to a weaker one, then to a best guess with the drift
// notice; the warning is never dropped.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MailRow } from '../../src/core/types.ts'
import { outlookAdapter } from '../../src/content/webmail/outlook/adapter.ts'
import { loadPage } from '../support/dom-page.ts'
import { ordinaryMails, waveMails } from '../support/mail-specs.ts'
import { bannerAfter, clickIsHeld, startOutlook } from '../support/outlook-harness.ts'
import {
  OUTLOOK_OPEN_SUBJECT,
  outlookItemId,
  outlookReplica,
  type OutlookPageOptions,
} from '../support/outlook-replica.ts'

const NOW = new Date(2026, 3, 10, 12).getTime()
const wave = waveMails(4, new Date(2026, 3, 10, 8, 0), 60_000)
const mails = [...wave, ...ordinaryMails(2, new Date(2026, 3, 10, 7, 0))]
const LINK = 'a[data-linkindex]'

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})

function setUrl(url: string): void {
  ;(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url)
}

function load(options: OutlookPageOptions): void {
  loadPage(outlookReplica(mails, { opened: wave[1], ...options }))
}

/** The banner after the open subject, and a left click on the body's link held back. */
async function warned(subject = OUTLOOK_OPEN_SUBJECT): Promise<void> {
  await vi.waitFor(() => expect(bannerAfter(document.querySelector(subject))).toBe(true))
  expect(clickIsHeld(document.querySelector(LINK)!)).toBe(true)
  expect(document.querySelector('[data-relay-shield-link-warning]')).not.toBeNull()
}

/** Rows as the list showed them, stored by another tab before this page opened. */
function listRows(account: string): MailRow[] {
  loadPage(outlookReplica(mails))
  return outlookAdapter
    .rowElements(document)
    .flatMap((row) => outlookAdapter.readRow(row, { account, now: NOW }) ?? [])
}

describe('Outlook: the opened mail gets its banner and link guard', () => {
  setUrl('https://outlook.live.com/mail/0/inbox')

  it.each([
    ['conversation', 'right'],
    ['message', 'right'],
    ['conversation', 'bottom'],
    ['message', 'bottom'],
  ] as const)('in %s view with the reading pane %s', async (view, layout) => {
    load({ view, layout })
    const { runner, unreadable } = startOutlook(controller.signal, { now: NOW })
    await runner.flushed()
    await warned()
    expect(unreadable).toEqual([])
  })

  it('while several rows are ticked, told by subject, sender and date among the rows read', async () => {
    load({ ticked: [wave[2]!, wave[3]!] })
    expect(document.querySelectorAll('[role=option][aria-selected=true]')).toHaveLength(3)
    const { runner, finds } = startOutlook(controller.signal, { now: NOW })
    await runner.flushed()
    await warned()
    // The rows this page read named it: the background was not asked.
    expect(finds).toEqual([])
  })

  it('with the reading pane off: the mail fills the page in place of the list read before', async () => {
    load({ opened: undefined })
    const { runner, finds } = startOutlook(controller.signal, { now: NOW })
    await runner.flushed()
    const full = new DOMParser().parseFromString(
      outlookReplica(mails, { opened: wave[1], layout: 'off' }),
      'text/html',
    )
    document
      .getElementById('app')!
      .replaceWith(document.importNode(full.getElementById('app')!, true))
    expect(document.querySelector('[role=option]')).toBeNull()
    await warned()
    expect(finds).toEqual([])
  })

  it.each([
    `/mail/deeplink/read/${encodeURIComponent(outlookItemId(wave[1]!))}?ItemID=x&exvsurl=1`,
    `/mail/id/${encodeURIComponent(outlookItemId(wave[1]!))}`,
  ])('in a pop-out window at %s, from the rows another tab stored', async (path) => {
    setUrl('https://outlook.live.com/mail/0/inbox')
    const stored = listRows(outlookAdapter.account(document)!)
    setUrl(`https://outlook.live.com${path}`)
    load({ layout: 'popout', view: 'message' })
    expect(outlookAdapter.account(document)).toBe('outlook:outlook.live.com/0')
    const { finds } = startOutlook(controller.signal, { now: NOW, stored })
    await warned()
    expect(finds).toEqual([
      {
        account: 'outlook:outlook.live.com/0',
        subject: wave[1]!.subject,
        senderName: wave[1]!.senderName,
        senderAddress: wave[1]!.email,
        date: wave[1]!.date.getTime(),
      },
    ])
    setUrl('https://outlook.live.com/mail/0/inbox')
  })

  it('shows nothing for a pop-out mail no list ever showed, and asks only once', async () => {
    setUrl('https://outlook.live.com/mail/id/AAQk')
    load({ layout: 'popout' })
    const { runner, finds } = startOutlook(controller.signal, { now: NOW })
    await vi.waitFor(() => expect(finds).toHaveLength(1))
    runner.scan()
    await runner.flushed()
    expect(finds).toHaveLength(1)
    expect(document.querySelector('[data-relay-shield-banner]')).toBeNull()
    setUrl('https://outlook.live.com/mail/0/inbox')
  })
})

describe('Outlook: when the pane is not what the hooks expect', () => {
  const run = async (mutate: (pane: Element) => void) => {
    load({ view: 'message' })
    mutate(document.querySelector('[data-app-section=MailReadCompose]')!)
    const harness = startOutlook(controller.signal, { now: NOW })
    await harness.runner.flushed()
    return harness
  }

  it('takes the older `_SUBJECT` heading when no level-2 subject heading is there', async () => {
    const { unreadable } = await run((pane) => {
      for (const heading of pane.querySelectorAll('[aria-level="2"]')) heading.remove()
      pane.insertAdjacentHTML(
        'afterbegin',
        '<span role="heading" aria-level="3" id="CONV_1_SUBJECT">Older subject</span>',
      )
    })
    await warned('#CONV_1_SUBJECT')
    expect(unreadable).toEqual([])
  })

  it('finds the pane by its name when its data-app-section is gone', async () => {
    const { unreadable } = await run((pane) => pane.removeAttribute('data-app-section'))
    await warned('div.allowTextSelection[role=heading]')
    expect(unreadable).toEqual([])
  })

  it('without any subject heading: the banner before the body, links guarded, drift told', async () => {
    const { unreadable } = await run((pane) => {
      for (const heading of pane.querySelectorAll('[role=heading]')) heading.removeAttribute('role')
    })
    await warned('.infoBarDivClass')
    expect(unreadable).toEqual(['subjectHeading'])
  })

  it('without a body hook: the element of role document is guarded, drift told', async () => {
    const { unreadable } = await run((pane) => {
      const body = pane.querySelector('#UniqueMessageBody_1')!
      body.removeAttribute('id')
      body.removeAttribute('aria-label')
    })
    await warned()
    expect(document.querySelector('[role=document]')!.hasAttribute('data-relay-shield-guard')).toBe(
      true,
    )
    expect(unreadable).toEqual(['messageBody'])
  })

  it('without any pane hook: the page around the body is the pane, drift told', async () => {
    const { unreadable } = await run((pane) => {
      for (const name of ['data-app-section', 'role', 'aria-label']) pane.removeAttribute(name)
    })
    await warned('div.allowTextSelection[role=heading]')
    expect(unreadable).toEqual(['readingPane'])
  })
})
