import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { ingestRows } from '../../src/background/ingest.ts'
import { brandHistory } from '../../src/storage/brands-repo.ts'
import { openDatabase, type Database } from '../../src/storage/db.ts'
import { prune, ROW_RETENTION_MS, WAVE_RETENTION_MS } from '../../src/storage/retention.ts'
import { toMailRow, waveMails } from '../support/mail-specs.ts'
import { storedMessage, storeMessages } from '../support/stored.ts'
import { DAY_MS as DAY } from '../../src/core/time.ts'

let db: Database
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openDatabase()
})

const T0 = Date.UTC(2026, 9, 1, 9)
const history = () => brandHistory(db, 'gmail:me', T0 - 400 * DAY, T0 + DAY)
const sum = (rows: { mails: number; relay: number }[]) =>
  rows.reduce((all, row) => ({ mails: all.mails + row.mails, relay: all.relay + row.relay }), {
    mails: 0,
    relay: 0,
  })

describe('per-brand statistics', () => {
  it('count helpdesk mail per brand and day, and never count a re-sent row twice', async () => {
    await storeMessages(db, [
      storedMessage('a', { date: T0 }),
      storedMessage('b', { date: T0 + DAY, verdict: 'relay' }),
      storedMessage('c', { date: T0, brand: 'kahoot.freshdesk.com' }),
      storedMessage('plain', { date: T0, helpdesk: false, brand: 'example.org' }),
      storedMessage('undated', { date: null }),
    ])
    await storeMessages(db, [storedMessage('a', { date: T0 })])
    expect(await history()).toEqual([
      { brand: 'discord.zendesk.com', mails: 2, relay: 1, first: T0, last: T0 + DAY, days: 2 },
      { brand: 'kahoot.freshdesk.com', mails: 1, relay: 0, first: T0, last: T0, days: 1 },
    ])
  })

  it('follow the wave: mails stored as suspect count as relay once a later batch completes it', async () => {
    const rows = waveMails(40, new Date(T0)).map((mail, i) => toMailRow(mail, 'gmail:me', `w${i}`))
    // Two companies make no wave under any rule.
    await ingestRows(db, { rows: rows.slice(0, 2) }, T0)
    expect(sum(await history())).toEqual({ mails: 2, relay: 0 })
    await ingestRows(db, { rows }, T0)
    await ingestRows(db, { rows }, T0)
    expect(sum(await history())).toEqual({ mails: 40, relay: 40 })
  })

  it('outlive the rows they count, and go a year after their day', async () => {
    const now = T0 + ROW_RETENTION_MS + DAY
    await storeMessages(db, [
      storedMessage('old', { date: T0, seenAt: T0, verdict: 'relay' }),
      storedMessage('kept', { date: T0, seenAt: now }),
    ])
    expect((await prune(db, now)).messages).toBe(1)
    expect(await history()).toEqual([
      { brand: 'discord.zendesk.com', mails: 2, relay: 1, first: T0, last: T0, days: 1 },
    ])
    // A row arriving later for that day is added to what retention dropped, not counted alone.
    await storeMessages(db, [storedMessage('late', { date: T0 + 60_000, seenAt: now })])
    expect(sum(await history())).toEqual({ mails: 3, relay: 1 })
    await prune(db, T0 + WAVE_RETENTION_MS + 2 * DAY)
    expect(await history()).toEqual([])
  })

  it('keep a brand named like an object property as data', async () => {
    await storeMessages(db, [storedMessage('p', { date: T0, brand: '__proto__' })])
    const [only] = await history()
    expect(only).toMatchObject({ brand: '__proto__', mails: 1 })
    expect(({} as Record<string, unknown>).mails).toBeUndefined()
  })
})
