// Mail with weak evidence is stored with its flag, so a wave ingested in a later batch takes it
// in exactly as a replay of everything at once would (fake-indexeddb, the platform replaced).
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import { NOW, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  platform.setBadgeText.mockClear()
  platform.showNotification.mockClear()
  for (const key of Object.keys(session)) delete session[key]
})

describe('worker handlers and mail with weak evidence', () => {
  it('store weak evidence so that a wave ingested later takes it in, as it would at once', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const autoReply = {
      ...row(0),
      id: 'auto-reply',
      senderName: 'Copperleaf Outfitters',
      senderAddress: '',
      subject: 'Re: FINAL WARNING',
      snippet: 'Thanks for contacting us! We have received your message.',
      date: NOW - 10 * 60_000 + 90_000,
    }
    const first = await handlers['rows.ingest']({ rows: [autoReply] }, TAB)
    expect(first.verdicts['auto-reply']?.verdict).toBe('clean')
    const later = await handlers['rows.ingest'](
      { rows: [1, 2, 3, 4, 5, 6].map((i) => row(i)) },
      TAB,
    )
    expect(Object.values(later.verdicts).every((v) => v.verdict === 'relay')).toBe(true)
    const again = await handlers['rows.ingest']({ rows: [autoReply] }, TAB)
    expect(again.verdicts['auto-reply']?.verdict).toBe('relay')
  })
})
