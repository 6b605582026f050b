// message.find on fake-indexeddb: the stored mail an opened page shows without naming it (an
// Outlook pop-out window, the reading pane off, several rows ticked), by subject, sender and date.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NOW, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

const wave = [1, 2, 3, 4, 5, 6].map((i) => row(i))

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  session.tabsByAccount = undefined
  platform.sendToTab.mockReset()
})

async function setup() {
  const db = await openDatabase()
  let now = NOW
  const handlers = createHandlers(
    async () => db,
    () => now++,
  )
  await handlers['rows.ingest']({ rows: wave }, TAB)
  return { handlers }
}

describe('message.find', () => {
  it('finds the stored mail a page shows without its id, by subject, sender domain and date', async () => {
    const { handlers } = await setup()
    const { subject, senderName, date } = wave[2]!
    const ask = (changes: object) =>
      handlers['message.find'](
        {
          account: 'gmail:me',
          subject,
          senderName,
          // Another address at the same helpdesk domain: stored rows keep only the domain.
          senderAddress: 'help@brand3.zendesk.com',
          date,
          ...changes,
        },
        TAB,
      )
    const found = await ask({})
    expect(found.id).toBe('t3')
    expect(found.verdict).toMatchObject({ verdict: 'relay', waveId: expect.any(String) })
    expect((await ask({ senderAddress: 'help@brand4.zendesk.com' })).id).toBeNull()
    expect((await ask({ date: wave[2]!.date! + 3_600_000 })).id).toBeNull()
    expect((await ask({ account: 'gmail:other' })).id).toBeNull()
    // A page whose date could not be read: the last week is searched.
    expect((await ask({ date: null })).id).toBe('t3')
  })
})
