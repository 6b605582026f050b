import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../../src/storage/db.ts'
import { expectTicket, openTickets } from '../../src/storage/tickets-repo.ts'
import { recentActions, startAction } from '../../src/storage/actions-repo.ts'
import { prune, ROW_RETENTION_MS, WAVE_RETENTION_MS } from '../../src/storage/retention.ts'
import type { StoredWave } from '../../src/storage/schema.ts'
import { storedMessage, storeMessages } from '../support/stored.ts'
import { markNotified, putWaves, wavesEndingSince } from '../../src/storage/waves-repo.ts'
import { DAY_MS as DAY } from '../../src/core/time.ts'

let db: Database
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openDatabase()
})

const NOW = Date.UTC(2026, 10, 22)
const wave = (id: string, end: number, over: Partial<StoredWave> = {}): StoredWave => ({
  account: 'gmail:me',
  id,
  start: end - 60_000,
  end,
  mails: 10,
  brands: { 'a.zendesk.com': 10 },
  topPayloads: [['take down', 10]],
  rules: ['cross-brand-wave'],
  notifiedAt: null,
  updatedAt: NOW,
  ...over,
})
const message = (id: string, seenAt: number) => storedMessage(id, { seenAt, date: seenAt })

describe('wave summaries', () => {
  it('keep the time the user was told about a wave when the wave grows', async () => {
    await putWaves(db, [wave('w1', NOW)])
    await markNotified(db, 'gmail:me', 'w1', NOW + 5)
    await putWaves(db, [wave('w1', NOW + 60_000, { mails: 50 })])
    const [stored] = await wavesEndingSince(db, NOW)
    expect(stored).toMatchObject({ mails: 50, notifiedAt: NOW + 5 })
  })

  it('are listed latest first from a given end time on', async () => {
    await putWaves(db, [wave('a', NOW - 10), wave('b', NOW + 10), wave('c', NOW - 1_000_000)])
    expect((await wavesEndingSince(db, NOW - 100)).map((w) => w.id)).toEqual(['b', 'a'])
  })
})

describe('retention', () => {
  it('prunes rows stored more than 30 days ago and waves that ended more than a year ago', async () => {
    await storeMessages(db, [message('old', NOW - ROW_RETENTION_MS - 1), message('fresh', NOW - 1)])
    await putWaves(db, [wave('ancient', NOW - WAVE_RETENTION_MS - 1), wave('recent', NOW - 1)])
    expect(await prune(db, NOW)).toEqual({ messages: 1, waves: 1, other: 0 })
    expect((await db.getAll('messageDays')).flatMap((h) => h.rows.map((m) => m.id))).toEqual([
      'fresh',
    ])
    expect((await db.getAll('waves')).map((w) => w.id)).toEqual(['recent'])
  })

  it('drops expected tickets past their date and action log entries as old as pruned rows', async () => {
    await expectTicket(db, {
      account: 'a',
      brand: 'over.zendesk.com',
      until: NOW - 1,
      createdAt: 0,
    })
    await expectTicket(db, {
      account: 'a',
      brand: 'open.zendesk.com',
      until: NOW + 1,
      createdAt: 0,
    })
    // A later "until" wins; an earlier one never shortens a ticket.
    await expectTicket(db, {
      account: 'a',
      brand: 'open.zendesk.com',
      until: NOW - 5,
      createdAt: 1,
    })
    const base = { account: 'a', action: 'hide' as const, waveId: null, ids: ['x'] }
    await startAction(db, { ...base, id: 'old', startedAt: NOW - ROW_RETENTION_MS - 1 })
    await startAction(db, { ...base, id: 'new', startedAt: NOW - 1 })
    expect((await prune(db, NOW)).other).toBe(2)
    expect((await openTickets(db, 'a', NOW)).map((t) => t.brand)).toEqual(['open.zendesk.com'])
    expect((await recentActions(db, 'a')).map((entry) => entry.id)).toEqual(['new'])
  })
})

describe('retention on a full disk and for subject starts', () => {
  const EMERGENCY = 7 * DAY

  it("keeps the user's decisions through an emergency prune: trust, auto-label claims, the log and tickets", async () => {
    const old = NOW - 10 * DAY
    await storeMessages(db, [
      storedMessage('plain', { seenAt: old, date: old }),
      storedMessage('trusted', { seenAt: old, date: old, trusted: true }),
      storedMessage('labelled', { seenAt: old, date: old, autoLabelledAt: old }),
      storedMessage('ancient-trust', {
        seenAt: NOW - ROW_RETENTION_MS - 1,
        date: old,
        trusted: true,
      }),
    ])
    await expectTicket(db, {
      account: 'a',
      brand: 'open.zendesk.com',
      until: NOW + DAY,
      createdAt: old,
    })
    const base = { account: 'a', action: 'label' as const, waveId: null, ids: ['labelled'] }
    await startAction(db, { ...base, id: 'auto', startedAt: old })
    await prune(db, NOW, EMERGENCY, ROW_RETENTION_MS)
    const ids = (await db.getAll('messageDays')).flatMap((day) => day.rows.map((row) => row.id))
    expect(ids.sort()).toEqual(['labelled', 'trusted'])
    expect((await openTickets(db, 'a', NOW)).map((t) => t.brand)).toEqual(['open.zendesk.com'])
    expect((await recentActions(db, 'a')).map((entry) => entry.id)).toEqual(['auto'])
  })

  it('keeps the subject starts of a wave no longer than the retention setting keeps rows', async () => {
    const retention = 14 * DAY
    await putWaves(db, [wave('older', NOW - retention - 1), wave('recent', NOW - retention + 1)])
    await prune(db, NOW, retention)
    const waves = new Map((await db.getAll('waves')).map((w) => [w.id, w]))
    expect(waves.get('older')).toMatchObject({ mails: 10, topPayloads: [] })
    expect(waves.get('recent')?.topPayloads).toEqual([['take down', 10]])
  })
})
