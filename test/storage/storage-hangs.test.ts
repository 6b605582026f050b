// Browser storage that hangs or judges apart: the worker's handlers on fake-indexeddb with a
// database that never opens, an open blocked by an older connection, a request never answered,
// and the memory fallback judging exactly like the stored path. Timers are fake: no waiting.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts'
import { NOW, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { lazyDatabase, openDatabase } = await import('../../src/storage/db.ts')
const { DB_NAME, DB_VERSION } = await import('../../src/storage/schema.ts')
type Database = Awaited<ReturnType<typeof openDatabase>>

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  platform.showNotification.mockClear()
  for (const key of Object.keys(session)) delete session[key]
})

const unavailable = () => new DOMException('The operation failed.', 'InvalidStateError')

describe('browser storage that hangs', () => {
  it("judges from memory exactly as from storage, the administrator's allowed brands included", async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((i) => row(i))
    const settings = async () => ({
      ...DEFAULT_SETTINGS,
      allowedBrands: rows.map((r) => r.senderAddress.split('@')[1]!),
    })
    const db = await openDatabase()
    const stored = createHandlers(
      async () => db,
      () => NOW,
      settings,
    )
    const memory = createHandlers(
      () => Promise.reject(unavailable()),
      () => NOW,
      settings,
    )
    const fromStorage = await stored['rows.ingest']({ rows }, TAB)
    const fromMemory = await memory['rows.ingest']({ rows }, TAB)
    expect(Object.values(fromStorage.verdicts).map((v) => v.verdict)).toEqual(
      Array(6).fill('clean'),
    )
    expect(fromMemory.verdicts).toEqual(fromStorage.verdicts)
  })

  /** Anything read from it is itself, and awaiting it never settles: a request never answered. */
  const neverAnswering = (): unknown =>
    new Proxy(() => {}, {
      get: (_target, key) => (key === 'then' ? () => {} : neverAnswering()),
      apply: () => neverAnswering(),
    })

  it('answers from memory with the notice when opening the database never finishes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const handlers = createHandlers(
        () => new Promise<never>(() => {}),
        () => NOW,
        undefined,
        5_000,
      )
      const answer = handlers['rows.ingest']({ rows: [1, 2, 3, 4].map((i) => row(i)) }, TAB)
      await vi.advanceTimersByTimeAsync(5_000)
      const verdicts = Object.values((await answer).verdicts).map((v) => v.verdict)
      expect(verdicts).toEqual(['relay', 'relay', 'relay', 'relay'])
      expect(platform.showNotification).toHaveBeenCalledWith(
        'relay-shield-storage',
        'storageUnavailableTitle',
        'storageUnavailableMessage',
      )
    } finally {
      vi.useRealTimers()
    }
  })

  it('answers from memory when an open is blocked by an older connection that never closes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      // An older version's connection that ignores "versionchange": the new open waits forever.
      ;(await openDatabase(DB_NAME, DB_VERSION - 1)).close()
      const old = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open(DB_NAME, DB_VERSION - 1)
        request.onsuccess = () => resolve(request.result)
      })
      const getDb = lazyDatabase()
      const handlers = createHandlers(getDb, () => NOW, undefined, 5_000)
      const answer = handlers['rows.ingest']({ rows: [row(1)] }, TAB)
      await vi.advanceTimersByTimeAsync(5_000)
      expect((await answer).verdicts.t1).toBeDefined()
      expect(platform.showNotification).toHaveBeenCalledTimes(1)
      // Once the old connection lets go, the waiting open completes.
      old.close()
      await getDb()
    } finally {
      vi.useRealTimers()
    }
  })

  it('answers from memory when a request of an open database never answers, and waits no more for a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const getDb = vi.fn(async () => neverAnswering() as Database)
      const handlers = createHandlers(getDb, () => NOW, undefined, 5_000)
      const answer = handlers['rows.ingest']({ rows: [1, 2, 3, 4].map((i) => row(i)) }, TAB)
      await vi.advanceTimersByTimeAsync(5_000)
      expect(Object.keys((await answer).verdicts)).toHaveLength(4)
      expect(platform.showNotification).toHaveBeenCalledTimes(1)
      // The next batch is judged at once, without asking storage again.
      const next = await handlers['rows.ingest']({ rows: [row(5)] }, TAB)
      expect(next.verdicts.t5?.verdict).toBe('relay')
      expect(getDb).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })
})
