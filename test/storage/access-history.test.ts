// A sign-in code is stored as access mail, so a wave ingested in a later batch leaves it out
// exactly as a replay of everything at once would (fake-indexeddb, the platform replaced).
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
  for (const key of Object.keys(session)) delete session[key]
})

describe('worker handlers and access mail', () => {
  it('keep a stored sign-in code out of a wave of receipts ingested later', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      async () => parseSettings({}),
    )
    const code = {
      ...row(0),
      id: 'sign-in-code',
      senderName: 'Lindenpay',
      senderAddress: 'no-reply@lindenpay.example',
      subject: 'Your Lindenpay sign-in code',
      snippet: 'Use 481223 to finish signing in. It expires in 10 minutes.',
      date: NOW - 10 * 60_000 + 150_000,
    }
    const first = await handlers['rows.ingest']({ rows: [code] }, TAB)
    expect(first.verdicts['sign-in-code']?.verdict).toBe('clean')
    const wave = await handlers['rows.ingest']({ rows: [1, 2, 3, 4, 5, 6].map((i) => row(i)) }, TAB)
    expect(Object.values(wave.verdicts).every((v) => v.verdict === 'relay')).toBe(true)
    expect(wave.verdicts['sign-in-code']).toBeUndefined()
    const again = await handlers['rows.ingest']({ rows: [code] }, TAB)
    expect(again.verdicts['sign-in-code']?.verdict).not.toBe('relay')
  })
})
