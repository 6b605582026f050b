// Diagnostics never carry mail content. A page whose every mail is full of marker strings goes
// through each path that reports a problem: unreadable rows and lists (console and page notice),
// malformed messages to the worker (errors), a full disk and unusable storage (notifications),
// and ordinary storage. No marker may reach any of them, except the subject's start in the stored
// fields docs/DESIGN.md allows ("What may leave the code paths that report problems").
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MailRow } from '../../src/core/types.ts'
import { startRunner } from '../../src/content/list/runner.ts'
import { reportUnreadable } from '../../src/content/list/unreadable.ts'
import { gmailAdapter } from '../../src/content/webmail/gmail/adapter.ts'
import type { BackgroundClient } from '../../src/messaging/client.ts'
import { createRouter } from '../../src/messaging/router.ts'
import { loadPage } from '../support/dom-page.ts'
import { gmailReplica } from '../support/gmail-replica.ts'
import { toMailRow, type MailSpec } from '../support/mail-specs.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

/** Text that must never leave the page. The subject may be stored, in its allowed fields only. */
const NEVER = ['MKSNIPPET', 'MKNAME', 'mklocalpart', 'MKBODY']
const SUBJECT = 'MKSUBJECT'
const STORED_SUBJECT_FIELDS = new Set(['payload', 'payloadKey', 'topPayloads'])
const TAB = {
  kind: 'content-script' as const,
  tabId: 3,
  url: 'https://mail.google.com/mail/u/0/#inbox',
}
const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')

function mail(i: number): MailSpec {
  return {
    threadId: 1_900_000_000_000_000_000n + BigInt(i) * 1_048_576n,
    senderName: `MKNAME ${i} <img src=x>`,
    email: `mklocalpart${i}@brand${i % 6}.zendesk.com`,
    subject: `[Request received] ${SUBJECT} ${i} TAKE DOWN ORDERS`,
    snippet: `MKSNIPPET ${i} Your request (${4000 + i}) has been received. MKBODY`,
    date: new Date(2026, 3, 10, 9, i),
    unread: true,
  }
}

let controller = new AbortController()
const consoleLines: string[] = []
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  platform.showNotification.mockClear()
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '))
    })
})
afterEach(() => {
  controller.abort()
  controller = new AbortController()
  vi.restoreAllMocks()
  consoleLines.length = 0
})

/** Every record of every store, with the fields allowed to hold the subject taken out. */
async function storedText(db: Awaited<ReturnType<typeof openDatabase>>): Promise<string> {
  const stores = ['messageDays', 'brandDays', 'waves', 'expectedTickets', 'actions'] as const
  const records = (await Promise.all(stores.map((store) => db.getAll(store)))).flat()
  return JSON.stringify(records, (key, value: unknown) =>
    STORED_SUBJECT_FIELDS.has(key) ? '(allowed)' : value,
  )
}

function noMarkerIn(where: string, text: string, alsoSubject = true): void {
  const lower = text.toLowerCase()
  for (const marker of [...NEVER, ...(alsoSubject ? [SUBJECT] : [])])
    expect(lower.includes(marker.toLowerCase()), `${marker} in ${where}`).toBe(false)
}

describe('diagnostics and storage carry no mail content', () => {
  it('through unreadable rows and lists, worker errors, full and unusable storage', async () => {
    const mails = Array.from({ length: 24 }, (_, i) => mail(i))
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => Date.now(),
    )
    const errors: string[] = []
    const route = createRouter(handlers)
    const request = (async (type: string, payload: unknown) => {
      try {
        return await route({ type, payload }, TAB)
      } catch (error) {
        errors.push(String(error))
        throw error
      }
    }) as unknown as BackgroundClient
    const runPage = async (mutate: (doc: Document) => void) => {
      loadPage(gmailReplica(mails))
      mutate(document)
      const runner = startRunner({
        adapter: gmailAdapter,
        doc: document,
        request,
        clock: () => Date.UTC(2026, 3, 10, 15),
        alive: () => true,
        signal: controller.signal,
        onUnreadable: (error) => reportUnreadable(document, texts, error),
      })
      await runner.flushed()
      return [...document.querySelectorAll('[data-relay-shield-notice]')]
        .map((notice) => notice.shadowRoot?.textContent ?? '')
        .join(' ')
    }

    // Rows stored, then a page where every third row lost its thread id, then one whose rows
    // lost their class: each unreadable case reaches the console and a notice.
    const notices = [
      await runPage(() => {}),
      await runPage((doc) =>
        doc
          .querySelectorAll('[data-thread-id]')
          .forEach((span, i) => i % 3 === 0 && span.removeAttribute('data-thread-id')),
      ),
      await runPage((doc) =>
        doc.querySelectorAll('tr.zA').forEach((row) => row.classList.replace('zA', 'zQ')),
      ),
    ].join(' ')
    expect(consoleLines).toHaveLength(2)
    expect(notices).toContain('pageUnreadable')

    // Malformed and refused messages to the worker, carrying the markers in every field.
    const hostileRow = { ...gmailRow(mails[0]!), id: 7, subject: { toString: () => SUBJECT } }
    for (const message of [
      { type: 'rows.ingest', payload: { rows: [hostileRow] } },
      { type: `${SUBJECT}-type`, payload: {} },
      { type: 'wave.act', payload: { account: 'MKNAME', waveId: 'x', action: 'MKBODY' } },
      { type: 'stats.domains', payload: { account: 'mklocalpart' } },
    ]) {
      try {
        await route(message, TAB)
      } catch (error) {
        errors.push(String(error))
      }
    }
    expect(errors.length).toBeGreaterThanOrEqual(3)

    // A disk that stays full, then storage that cannot be opened at all.
    const full = new Proxy(db, {
      get: (target, key) =>
        key === 'transaction'
          ? () => {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
            }
          : Reflect.get(target, key, target),
    })
    await createHandlers(
      async () => full,
      () => Date.now(),
    )['rows.ingest']({ rows: mails.map(gmailRow) }, TAB)
    await createHandlers(
      () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
      () => Date.now(),
    )['rows.ingest']({ rows: mails.map(gmailRow) }, TAB)
    const notifications = platform.showNotification.mock.calls.map((call) => call.join(' '))
    expect(notifications.length).toBeGreaterThanOrEqual(2)

    noMarkerIn('the console', consoleLines.join('\n'))
    noMarkerIn('page notices', notices)
    noMarkerIn('errors', errors.join('\n'))
    noMarkerIn('notifications', notifications.join('\n'))
    const stored = await storedText(db)
    expect(stored).toContain('brand0.zendesk.com') // the rows really are there
    noMarkerIn('IndexedDB outside the subject fields', stored)
    // And the subject itself is stored only as its allowed start.
    const rows = (await db.getAll('messageDays')).flatMap((day) => day.rows)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.payload.length).toBeLessThanOrEqual(160)
    // Several page loads and database round trips: seconds on a loaded two-core machine.
  }, 60_000)
})

function gmailRow(spec: MailSpec): MailRow {
  return toMailRow(spec, 'gmail:u0', `thread-f:${spec.threadId}`)
}
