import { IDBFactory } from 'fake-indexeddb'
import { deleteDB, openDB } from 'idb'
import { beforeEach, describe, expect, it } from 'vitest'
import { lazyDatabase, openDatabase } from '../../src/storage/db.ts'
import { MIGRATIONS } from '../../src/storage/migrations.ts'
import { storedMessage } from '../support/stored.ts'
import { DB_NAME, DB_VERSION } from '../../src/storage/schema.ts'

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
    const db = await openDatabase(DB_NAME, 1)
    expect([...db.objectStoreNames]).toEqual(['messages'])
    const tx = db.transaction('messages')
    expect([...tx.store.indexNames].sort()).toEqual(['by-account-date', 'by-sender-domain'])
    expect(tx.store.keyPath).toEqual(['account', 'id'])
    db.close()
  })

  it('v1 -> v2: keeps every stored row, indexes them by time stored and adds the waves store', async () => {
    const v1 = await openDatabase(DB_NAME, 1)
    await v1.put('messages', storedMessage('old', { seenAt: 10 }))
    await v1.put('messages', storedMessage('new', { seenAt: 20 }))
    v1.close()
    const v2 = await openDatabase(DB_NAME, 2)
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
    const v2 = await openDatabase(DB_NAME, 2)
    await v2.put('messages', storedMessage('kept', { seenAt: 10 }))
    await v2.put('waves', {
      account: 'gmail:me',
      id: 'w1',
      start: 1,
      end: 2,
      mails: 5,
      brands: { a: 5 },
      topPayloads: [],
      rules: ['cross-brand-wave'],
      notifiedAt: 3,
      updatedAt: 4,
    })
    v2.close()
    const v3 = await openDatabase(DB_NAME, 3)
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
    await second.put('messages', { account: 'a', id: 'b' } as never)
    expect(await second.count('messages')).toBe(1)
  })
})
