import { IDBFactory } from 'fake-indexeddb'
import { deleteDB, openDB, type IDBPDatabase } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import { lazyDatabase, openDatabase } from '../../src/storage/db.ts'
import { MIGRATIONS } from '../../src/storage/migrations.ts'
import { storedMessage, storedWave } from '../support/stored.ts'
import {
  DB_NAME,
  DB_VERSION,
  type StoredMessage,
  type UpgradeSchema,
} from '../../src/storage/schema.ts'
import { getMessage, messagesBetween } from '../../src/storage/messages-repo.ts'
import { brandHistory } from '../../src/storage/brands-repo.ts'

/** A database at an earlier version, typed with the stores that version had. */
async function openAt(version: number): Promise<IDBPDatabase<UpgradeSchema>> {
  return (await openDatabase(DB_NAME, version)) as unknown as IDBPDatabase<UpgradeSchema>
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

describe('migrations', () => {
  it('has exactly one step for every version up to DB_VERSION', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    )
  })

  it('v0 -> v1: creates the messages store with its indexes', async () => {
    const db = await openAt(1)
    expect([...db.objectStoreNames]).toEqual(['messages'])
    const tx = db.transaction('messages')
    expect([...tx.store.indexNames].sort()).toEqual(['by-account-date', 'by-sender-domain'])
    expect(tx.store.keyPath).toEqual(['account', 'id'])
    db.close()
  })

  it('v1 -> v2: keeps every stored row, indexes them by time stored and adds the waves store', async () => {
    const v1 = await openAt(1)
    await v1.put('messages', storedMessage('old', { seenAt: 10 }))
    await v1.put('messages', storedMessage('new', { seenAt: 20 }))
    v1.close()
    const v2 = await openAt(2)
    expect([...v2.objectStoreNames].sort()).toEqual(['messages', 'waves'])
    expect(await v2.count('messages')).toBe(2)
    expect((await v2.getAllFromIndex('messages', 'by-seen')).map((r) => r.id)).toEqual([
      'old',
      'new',
    ])
    expect([...v2.transaction('waves').store.indexNames]).toEqual(['by-end'])
    v2.close()
  })

  it('v2 -> v3: keeps rows and waves, adds expected tickets and the action log', async () => {
    const v2 = await openAt(2)
    await v2.put('messages', storedMessage('kept', { seenAt: 10 }))
    await v2.put('waves', storedWave('w1'))
    v2.close()
    const v3 = await openAt(3)
    expect([...v3.objectStoreNames].sort()).toEqual([
      'actions',
      'expectedTickets',
      'messages',
      'waves',
    ])
    expect((await v3.get('messages', ['gmail:me', 'kept']))?.seenAt).toBe(10)
    expect((await v3.get('waves', ['gmail:me', 'w1']))?.notifiedAt).toBe(3)
    expect([...v3.transaction('expectedTickets').store.indexNames]).toEqual(['by-until'])
    expect([...v3.transaction('actions').store.indexNames]).toEqual(['by-started'])
    v3.close()
  })

  it('v3 -> v4: moves every row into day buckets with its first-seen time, verdict and trust', async () => {
    const v3 = await openAt(3)
    const hour = 3_600_000
    const day = 24 * hour
    const t0 = Date.UTC(2026, 0, 18, 9, 0)
    await v3.put('messages', storedMessage('a', { seenAt: 10, verdict: 'relay', waveId: 'w1' }))
    await v3.put('messages', storedMessage('b', { date: t0 + 60_000, trusted: true }))
    await v3.put('messages', storedMessage('c', { date: t0 + day }))
    await v3.put('messages', storedMessage('d', { date: null }))
    await v3.put('messages', storedMessage('a', { account: 'gmail:other', seenAt: 7 }))
    await v3.put('waves', storedWave('w1'))
    v3.close()
    const v4 = await openDatabase(DB_NAME, 4)
    expect([...v4.objectStoreNames].sort()).toEqual([
      'actions',
      'brandDays',
      'expectedTickets',
      'messageDays',
      'waves',
    ])
    expect(await v4.count('messageDays')).toBe(4)
    const sameDay = await messagesBetween(v4, 'gmail:me', t0, t0 + hour)
    expect(sameDay.map((m) => m.id).sort()).toEqual(['a', 'b'])
    expect(await getMessage(v4, 'gmail:me', 'a')).toMatchObject({
      seenAt: 10,
      verdict: 'relay',
      waveId: 'w1',
    })
    expect(await getMessage(v4, 'gmail:me', 'b')).toMatchObject({ trusted: true })
    expect(await getMessage(v4, 'gmail:me', 'd')).toMatchObject({ date: null })
    expect(await getMessage(v4, 'gmail:other', 'a')).toMatchObject({ seenAt: 7 })
    expect((await v4.get('waves', ['gmail:me', 'w1']))?.notifiedAt).toBe(3)
    expect([...v4.transaction('messageDays').store.indexNames]).toEqual(['by-oldest-seen'])
    // The brand statistics are counted from the moved rows (dated helpdesk mail only).
    expect(await brandHistory(v4, 'gmail:me', t0 - day, t0 + 2 * day)).toEqual([
      { brand: 'discord.zendesk.com', mails: 3, relay: 1, first: t0, last: t0 + day, days: 2 },
    ])
    v4.close()
  })

  it('v4 -> v5: every row gets an unknown place and keeps everything else', async () => {
    const v4 = await openAt(4)
    const t0 = Date.UTC(2026, 0, 18, 9, 0)
    // Version 4's rows had no place at all.
    const v4Row = (id: string, over: Parameters<typeof storedMessage>[1] = {}) => {
      const row: Partial<StoredMessage> = storedMessage(id, over)
      delete row.place
      return row as StoredMessage
    }
    await v4.put('messageDays', {
      account: 'outlook:me',
      day: Math.floor(t0 / 86_400_000),
      oldestSeenAt: 5,
      rows: [
        v4Row('a', { seenAt: 5, verdict: 'relay', waveId: 'w1' }),
        v4Row('b', { trusted: true }),
      ],
    })
    await v4.put('messageDays', {
      account: 'outlook:me',
      day: -1,
      oldestSeenAt: 1,
      rows: [v4Row('c', { date: null })],
    })
    v4.close()
    const v5 = await openDatabase(DB_NAME, 5)
    for (const id of ['a', 'b', 'c'])
      expect(await getMessage(v5, 'outlook:me', id)).toHaveProperty('place', null)
    expect(await getMessage(v5, 'outlook:me', 'a')).toMatchObject({
      seenAt: 5,
      verdict: 'relay',
      waveId: 'w1',
    })
    expect(await getMessage(v5, 'outlook:me', 'b')).toMatchObject({ trusted: true })
    expect(await v5.count('messageDays')).toBe(2)
    v5.close()
  })

  it('v3 -> v5 in one upgrade: the rows moved into days get an unknown place too', async () => {
    const v3 = await openAt(3)
    const row: Partial<StoredMessage> = storedMessage('a', { seenAt: 10 })
    delete row.place
    await v3.put('messages', row as StoredMessage)
    v3.close()
    const v5 = await openDatabase(DB_NAME, 5)
    expect(await getMessage(v5, 'gmail:me', 'a')).toMatchObject({ seenAt: 10, place: null })
    v5.close()
  })

  it('refuses to open a database written by a newer version instead of damaging it', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade: (db) => void db.createObjectStore('future'),
    })
    newer.close()
    await expect(openDatabase()).rejects.toThrow()
  })

  it('closes when another connection needs the database and reopens on the next call', async () => {
    const get = lazyDatabase()
    const first = await get()
    await deleteDB(DB_NAME) // fires versionchange on `first`: it must close or this never resolves
    const second = await get()
    expect(second).not.toBe(first)
    await second.put('waves', { account: 'a', id: 'b' } as never)
    expect(await second.count('waves')).toBe(1)
  })
})
