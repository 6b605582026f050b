// Gmail's print view and "View entire message" page (docs/webmail-pages.md 2.5): the Gmail app
// does not run there, yet an opened relay message gets its banner and guarded links, and a page
// whose structure is not the expected one is guarded whole and reported.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MailRow, Verdict } from '../../src/core/types.ts'
import { createOpenedView } from '../../src/content/opened/opened-view.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import type { SelectorError } from '../../src/content/dom/selector-error.ts'
import { installLinkGuard } from '../../src/content/opened/link-guard.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import { standaloneThreadId } from '../../src/content/webmail/gmail/standalone.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { loadPage } from '../support/dom-page.ts'
import { loadFixture } from '../support/gmail-replica.ts'
import { nameDomainHere } from '../support/name-domain.ts'

const PRINT_VIEW = 'test/fixtures/gmail/2026-reconstruction-print-view.html'
const THREAD = '1828671912348456961'
const relay: Verdict = {
  verdict: 'relay',
  score: 0.95,
  reasons: ['helpdesk-subject', 'cross-brand-wave'],
  waveId: 'wave-1',
  important: false,
}
const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')

let controller = new AbortController()
afterEach(() => {
  controller.abort()
  controller = new AbortController()
})

function openAt(html: string, search: string): void {
  loadPage(html)
  history.replaceState(null, '', `/mail/u/0/${search}`)
}

/** Runs the content script's runner on the page; every row the page gives is judged `verdict`. */
function run(verdict: Verdict) {
  const judged: MailRow[] = []
  const drift: SelectorError[] = []
  const request = ((type: string, payload: { rows: MailRow[] }) => {
    if (type === 'wave.describe') return Promise.resolve({ wave: null })
    judged.push(...payload.rows)
    return Promise.resolve({
      verdicts: Object.fromEntries(payload.rows.map((row) => [row.id, verdict])),
      stored: payload.rows.length,
      rejected: 0,
    })
  }) as unknown as BackgroundClient
  installLinkGuard(document, texts, controller.signal, nameDomainHere)
  startRunner({
    adapter: gmailAdapter,
    doc: document,
    request,
    clock: () => Date.UTC(2025, 3, 8, 12),
    alive: () => true,
    signal: controller.signal,
    onUnreadable: (error) => drift.push(error),
    opened: createOpenedView({
      doc: document,
      texts,
      describe: async () => null,
      actions: () => ({ hideWave: vi.fn(), trust: vi.fn(), report: vi.fn() }),
    }),
  })
  return { judged, drift }
}

function clickIsStopped(link: Element): boolean {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
  link.dispatchEvent(click)
  return click.defaultPrevented
}

describe('Gmail standalone pages', () => {
  it('names the conversation from the address, as list rows do', () => {
    expect(standaloneThreadId(`?view=pt&permthid=thread-f:${THREAD}`)).toBe(`thread-f:${THREAD}`)
    expect(standaloneThreadId('?view=pt&th=19601c2a5d3b4c01')).toBe(
      `thread-f:${BigInt('0x19601c2a5d3b4c01')}`,
    )
    expect(standaloneThreadId(`?view=lg&permmsgid=msg-f:${THREAD}`)).toBe(`thread-f:${THREAD}`)
    expect(standaloneThreadId('?view=pt&permthid=thread-f:1;alert(1)')).toBeNull()
  })

  it('reads the print view: the account from its header, the message as a row', () => {
    openAt(loadFixture(PRINT_VIEW), `?ik=abc&view=pt&search=all&permthid=thread-f:${THREAD}`)
    expect(gmailAdapter.account(document)).toBe('gmail:person1@example.com')
    // Actions and scans are left to a tab that shows the lists.
    expect(gmailAdapter.showsLists?.(document)).toBe(false)
    const [message, more] = gmailAdapter.openedMessages(document)
    expect(more).toBeUndefined()
    expect(message!.id).toBe(`thread-f:${THREAD}`)
    expect(message!.drift).toBeUndefined()
    const row = message!.read({ account: 'gmail:person1@example.com', now: 0 })
    expect(row).toMatchObject({
      senderName: 'Discord',
      senderAddress: 'noreply@discord.zendesk.com',
      subject: '[Request received] TAKE DOWN ORDERS',
      date: new Date(2025, 3, 8, 8, 0).getTime(),
    })
  })

  it('warns on a relay message in the print view and guards its links', async () => {
    openAt(loadFixture(PRINT_VIEW), `?ik=abc&view=pt&search=all&permthid=thread-f:${THREAD}`)
    const { judged, drift } = run(relay)
    await vi.waitFor(() =>
      expect(document.querySelector('[data-relay-shield-banner]')).not.toBeNull(),
    )
    expect(judged.map((row) => row.id)).toEqual([`thread-f:${THREAD}`])
    const banner = document.querySelector('[data-relay-shield-banner]')!
    expect(banner.previousElementSibling?.textContent).toContain('TAKE DOWN ORDERS')
    const link = document.querySelector('table.message a')!
    expect(link.closest('[data-relay-shield-guard]')).not.toBeNull()
    expect(clickIsStopped(link)).toBe(true)
    expect(drift).toEqual([])
  })

  it('guards the whole page and reports drift when the message table is not there', async () => {
    const html = loadFixture(PRINT_VIEW).replace('class="message"', 'class="msg-2027"')

    openAt(html, `?ui=2&ik=abc&view=lg&permmsgid=msg-f:${THREAD}`)
    const { drift } = run(relay)
    await vi.waitFor(() => expect(document.body.hasAttribute('data-relay-shield-guard')).toBe(true))
    expect(drift.map((error) => error.selectorName)).toEqual(['standaloneMessage'])
    expect(document.querySelector('[data-relay-shield-banner]')).not.toBeNull()
    expect(clickIsStopped(document.querySelector('a[target]')!)).toBe(true)
  })
})
