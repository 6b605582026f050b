// Important words that other companies echo, judged by the worker across batches: the first
// echoes stay pinned, later ones join the wave stored meanwhile, and the popup never pins a mail
// the wave took in (fake-indexeddb, the platform replaced).
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { MailRow } from '../../src/core/types.ts'
import { parseSettings } from '../../src/core/settings.ts'
import { NOW, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

/** A forum's account confirmation carrying the name typed into its sign-up form. */
const echo = (i: number): MailRow => ({
  ...row(0),
  id: `echo${i}`,
  senderName: `Forum ${i}`,
  senderAddress: `noreply@forum${i}.example`,
  subject: 'Account confirmation required: Invoice INV-50913: 849.99 USD charged for your renewal',
  snippet: 'Hello, one more step before you can post.',
  date: NOW - 3 * 60_000 + i * 10_000,
})

describe('worker handlers and important words other companies echo', () => {
  it('stay pinned alone, and join the wave once other companies echoed them, across batches', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const first = await handlers['rows.ingest']({ rows: [echo(0), echo(1)] }, TAB)
    expect(first.verdicts.echo1).toMatchObject({ verdict: 'clean', important: true })
    await handlers['rows.ingest']({ rows: [1, 2, 3, 4, 5, 6].map((i) => row(i)) }, TAB)
    const later = await handlers['rows.ingest']({ rows: [echo(2), echo(3)] }, TAB)
    expect(later.verdicts.echo3).toMatchObject({ verdict: 'relay', important: false })
    const view = await handlers['popup.view']({}, TAB)
    expect(view.view!.important.map((mail) => mail.id)).not.toContain('echo3')
  })
})
