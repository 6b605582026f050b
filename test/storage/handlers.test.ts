// The worker's handlers with settings, on fake-indexeddb; the platform module is replaced, as it
// is the only door to browser APIs.
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import { NOW, TAB, PAGE, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')
const { ViewCache } = await import('../../src/background/view-cache.ts')

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  platform.setBadgeText.mockClear()
  platform.showNotification.mockClear()
  for (const key of Object.keys(session)) delete session[key]
})

describe('worker handlers', () => {
  it('apply the thresholds from settings and show the wave under way on the badge', async () => {
    const db = await openDatabase()
    const settings = async () => parseSettings({ thresholds: { waveMinBrands: 2 } })
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      settings,
    )
    const answer = await handlers['rows.ingest']({ rows: [row(1), row(2)] }, TAB)
    expect(Object.values(answer.verdicts).map((v) => v.verdict)).toEqual(['relay', 'relay'])
    expect(platform.setBadgeText).toHaveBeenLastCalledWith('2')
    expect(platform.showNotification).toHaveBeenCalledTimes(1)
  })

  it('store nothing for an account the user turned off, and never notify when notifications are off', async () => {
    const db = await openDatabase()
    const settings = async () =>
      parseSettings({ disabledAccounts: ['gmail:off'], notifications: false })
    const handlers = createHandlers(
      async () => db,
      () => NOW,
      settings,
    )
    const answer = await handlers['rows.ingest'](
      {
        rows: [1, 2, 3, 4, 5].map((i) => row(i, i === 5 ? 'gmail:off' : 'gmail:me')),
      },
      TAB,
    )
    expect(Object.keys(answer.verdicts).sort()).toEqual(['t1', 't2', 't3', 't4'])
    expect((await handlers['stats.domains']({}, PAGE)).accounts).toEqual(['gmail:me'])
    const brands = await handlers['stats.brands'](
      { account: 'gmail:off', from: 0, to: NOW + 86_400_000 },
      PAGE,
    )
    expect(brands).toEqual({ brands: [] })
    const mine = await handlers['stats.brands'](
      { account: 'gmail:me', from: 0, to: NOW + 86_400_000 },
      PAGE,
    )
    expect(mine.brands.reduce((sum, brand) => sum + brand.mails, 0)).toBe(4)
    expect(platform.showNotification).not.toHaveBeenCalled()
  })
})

describe('a full disk', () => {
  /** A database whose read-write transactions on messages fail with QuotaExceededError `times` times. */
  async function fullDatabase(times: number) {
    const db = await openDatabase()
    let left = times
    return new Proxy(db, {
      get(target, key) {
        if (key !== 'transaction') return Reflect.get(target, key, target)
        return (store: string | string[], mode?: string) => {
          if ([store].flat().includes('messageDays') && mode === 'readwrite' && left-- > 0) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          }
          return (target.transaction as (...args: unknown[]) => unknown)(store, mode)
        }
      },
    })
  }

  it('prunes, tells the user and stores the batch on the second try', async () => {
    const db = await fullDatabase(1)
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    const answer = await handlers['rows.ingest']({ rows: [row(1)] }, TAB)
    expect(answer.stored).toBe(1)
    expect(platform.showNotification).toHaveBeenCalledWith(
      'relay-shield-storage',
      'storageFullTitle',
      'storageFullPruned',
    )
  })

  it('still answers every verdict when nothing can be stored, and says rows are not remembered', async () => {
    const db = await fullDatabase(10)
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    const answer = await handlers['rows.ingest']({ rows: [1, 2, 3, 4].map((i) => row(i)) }, TAB)
    expect(answer.stored).toBe(0)
    expect(Object.values(answer.verdicts).map((v) => v.verdict)).toEqual([
      'relay',
      'relay',
      'relay',
      'relay',
    ])
    expect(platform.showNotification).toHaveBeenCalledWith(
      'relay-shield-storage',
      'storageFullTitle',
      'storageFullNotRemembering',
    )
  })
})

describe('browser storage that cannot be used at all', () => {
  const unavailable = () => new DOMException('The operation failed.', 'InvalidStateError')
  /** A database that opens, but every transaction throws `error`. */
  const throwingOnTransaction = async (error: Error) => {
    const db = await openDatabase()
    return new Proxy(db, {
      get: (target, key) =>
        key === 'transaction'
          ? () => {
              throw error
            }
          : Reflect.get(target, key, target),
    })
  }

  it('marks from memory (waves across batches included) and tells the user once an hour', async () => {
    let now = NOW
    const handlers = createHandlers(
      () => Promise.reject(unavailable()),
      () => now,
    )
    const first = await handlers['rows.ingest']({ rows: [1, 2].map((i) => row(i)) }, TAB)
    // Two companies within minutes make each other suspect, whichever wrote first.
    expect(Object.values(first.verdicts).map((v) => v.verdict)).toEqual(['suspect', 'suspect'])
    // The wave is recognised from the rows the worker holds in memory.
    const second = await handlers['rows.ingest']({ rows: [3, 4].map((i) => row(i)) }, TAB)
    expect(second).toMatchObject({ stored: 0 })
    expect(Object.values(second.verdicts).map((v) => v.verdict)).toEqual(['relay', 'relay'])
    expect(platform.showNotification).toHaveBeenCalledTimes(1)
    expect(platform.showNotification).toHaveBeenCalledWith(
      'relay-shield-storage',
      'storageUnavailableTitle',
      'storageUnavailableMessage',
    )
    now += 61 * 60_000
    await handlers['rows.ingest']({ rows: [row(5)] }, TAB)
    expect(platform.showNotification).toHaveBeenCalledTimes(2)
  })

  it('falls back the same way when the database opens but its requests fail', async () => {
    const broken = await throwingOnTransaction(new DOMException('Internal error.', 'UnknownError'))
    const handlers = createHandlers(
      async () => broken,
      () => NOW,
    )
    const answer = await handlers['rows.ingest']({ rows: [1, 2, 3, 4].map((i) => row(i)) }, TAB)
    expect(Object.values(answer.verdicts).every((v) => v.verdict === 'relay')).toBe(true)
    expect(platform.showNotification).toHaveBeenCalledTimes(1)
  })

  it('lets a fault of its own code surface instead of hiding it as a storage problem', async () => {
    const faulty = await throwingOnTransaction(new TypeError('not a function'))
    const handlers = createHandlers(
      async () => faulty,
      () => NOW,
    )
    await expect(handlers['rows.ingest']({ rows: [row(1)] }, TAB)).rejects.toThrow(TypeError)
    expect(platform.showNotification).not.toHaveBeenCalled()
  })
})

describe('clear all data', () => {
  it('also empties what the worker keeps in session storage', async () => {
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    await handlers['rows.ingest']({ rows: [row(1)] }, TAB)
    session.storageUnavailableToldAt = NOW
    expect(Object.keys(session)).not.toEqual([])
    await handlers['data.clear']({}, PAGE)
    expect(session).toEqual({})
  })
})

describe('verdicts that change after the fact', () => {
  it('reach the account other open tabs, not the tab that asked', async () => {
    session.tabsByAccount = undefined
    const db = await openDatabase()
    const handlers = createHandlers(
      async () => db,
      () => NOW,
    )
    await handlers['rows.ingest']({ rows: [row(1), row(2)] }, { kind: 'content-script', tabId: 7 })
    await handlers['rows.ingest']({ rows: [row(3), row(4)] }, { kind: 'content-script', tabId: 8 })
    expect(platform.sendToTab).toHaveBeenCalledTimes(1)
    const [tab, message] = platform.sendToTab.mock.calls[0] as unknown as [
      number,
      { payload: { verdicts: Record<string, { verdict: string }> } },
    ]
    expect(tab).toBe(7)
    expect(Object.keys(message.payload.verdicts).sort()).toEqual(['t1', 't2'])
    expect(message.payload.verdicts.t1?.verdict).toBe('relay')
  })
})

describe("the popup's view kept in memory", () => {
  it('is computed ahead after rows settle, answered without storage, and never outlives a write', async () => {
    {
      const db = await openDatabase()
      let reads = 0
      let now = NOW
      const viewKept = vi.spyOn(ViewCache.prototype, 'set')
      // Every emptying of the kept view counts, from the first write on.
      const cleared = vi.spyOn(ViewCache.prototype, 'clear')
      const handlers = createHandlers(
        async () => {
          reads++
          return db
        },
        () => now,
      )
      await handlers['rows.ingest']({ rows: [1, 2, 3, 4, 5, 6].map((i) => row(i)) }, TAB)
      // The view is computed ahead once the batch settled (0.4 s), then kept.
      const ingested = reads
      await vi.waitFor(() => expect(reads).toBeGreaterThan(ingested), { timeout: 3_000 })
      // Its few reads finished and it was kept, after the last write (the worker's own work on
      // the batch, such as the automatic label, may write meanwhile: that empties the kept view
      // and computes it ahead again).
      const keptNow = () => {
        const lastClear = Math.max(0, ...cleared.mock.invocationCallOrder)
        return viewKept.mock.calls.some(
          ([, , , generation], i) =>
            viewKept.mock.invocationCallOrder[i]! > lastClear &&
            generation === (viewKept.mock.contexts[i] as { generation: number }).generation,
        )
      }
      await vi.waitFor(() => expect(keptNow()).toBe(true), { timeout: 5_000 })
      cleared.mockRestore()
      viewKept.mockRestore()
      // The worker's own late work on the batch may still empty it once; after that answer the
      // view is kept, and the next answer reads nothing.
      await handlers['popup.view']({}, PAGE)
      const before = reads
      const first = await handlers['popup.view']({}, PAGE)
      expect(reads).toBe(before) // answered from memory
      expect(first.view!.wave!.mails).toBe(6)
      // A write (another batch) empties it: the next answer has the new mail.
      await handlers['rows.ingest']({ rows: [row(7)] }, TAB)
      expect((await handlers['popup.view']({}, PAGE)).view!.wave!.mails).toBe(7)
      // A kept view is not answered once it is old: its times move with the clock.
      const kept = reads
      await handlers['popup.view']({}, PAGE)
      expect(reads).toBe(kept)
      now += 60_000
      await handlers['popup.view']({}, PAGE)
      expect(reads).toBe(kept + 1)
    }
  })
})
