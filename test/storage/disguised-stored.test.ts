// A confirmation whose opening greets a disguised title is stored with that mark and read back
// with it (core MailFeatures `disguised`), so a later batch's replay judges it as the first did.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import { NOW, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')
const { messagesBetween, storedFeatures } = await import('../../src/storage/messages-repo.ts')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  for (const key of Object.keys(session)) delete session[key]
})

describe('a disguised confirmation in storage', () => {
  it('is stored and read back with its mark; a plain one without', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const greeted = {
      ...row(1),
      id: 'greeted',
      subject: 'Your request has been received',
      snippet:
        'Hi F\u200bR\u200bE\u200bE N\u200bI\u200bT\u200bR\u200bO, your request has been received.',
    }
    const plain = { ...row(2), id: 'plain', subject: 'Your request has been received' }
    await handlers['rows.ingest']({ rows: [greeted, plain] }, TAB)
    const stored = await messagesBetween(db, greeted.account, NOW - 3_600_000, NOW + 3_600_000)
    const byId = new Map(stored.map((message) => [message.id, message]))
    expect(byId.get('greeted')?.disguised).toBe(true)
    expect(storedFeatures(byId.get('greeted')!).disguised).toBe(true)
    expect(byId.get('plain')).toBeDefined()
    expect('disguised' in byId.get('plain')!).toBe(false)
    expect(storedFeatures(byId.get('plain')!).disguised).toBeUndefined()
  })
})
