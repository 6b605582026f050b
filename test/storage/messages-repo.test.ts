import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { ingestRows } from '../../src/background/ingest.ts'
import { openDatabase, type Database } from '../../src/storage/db.ts'
import {
  countByDomain,
  getMessage,
  messagesBetween,
  storedFeatures,
} from '../../src/storage/messages-repo.ts'
import { storedMessage, storeMessages } from '../support/stored.ts'
import type { MailRow } from '../../src/core/types.ts'

let db: Database
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openDatabase()
})

const T0 = Date.UTC(2026, 0, 18, 9, 0)
const stored = storedMessage

describe('messages repository', () => {
  it('stores a row once per (account, id) and keeps its first-seen time', async () => {
    expect(await storeMessages(db, [stored('a'), stored('b')])).toBe(2)
    expect(await storeMessages(db, [stored('a', { seenAt: 99, verdict: 'relay' })])).toBe(0)
    const a = await getMessage(db, 'gmail:me', 'a')
    expect(a).toMatchObject({ seenAt: 1, verdict: 'relay' })
    expect(await storeMessages(db, [stored('a', { account: 'gmail:other' })])).toBe(1)
  })

  it('finds an account mail by its own date, as rule features', async () => {
    await storeMessages(db, [
      stored('in', { date: T0 }),
      stored('late', { date: T0 + 3_600_000 }),
      stored('plain', { helpdesk: false }),
      stored('undated', { date: null }),
      stored('elsewhere', { account: 'gmail:other' }),
    ])
    const found = (await messagesBetween(db, 'gmail:me', T0 - 1, T0 + 1)).map(storedFeatures)
    expect(found.map((c) => c.id).sort()).toEqual(['in', 'plain'])
    expect(found.find((c) => c.id === 'in')).toMatchObject({
      helpdesk: true,
      kind: 'ack',
      payload: 'take down orders',
      indicatorCount: 2,
    })
  })

  it('counts mails per sender domain, optionally for one account', async () => {
    await storeMessages(db, [
      stored('a'),
      stored('b', { senderDomain: 'x.example' }),
      stored('c', { account: 'gmail:other' }),
    ])
    const all = await countByDomain(db)
    expect(all.total).toBe(3)
    expect(all.accounts).toEqual(['gmail:me', 'gmail:other'])
    expect(Object.fromEntries((await countByDomain(db, 'gmail:me')).byDomain)).toEqual({
      'discord.zendesk.com': 1,
      'x.example': 1,
    })
  })
})

describe('ingest', () => {
  const row = (i: number): MailRow => ({
    account: 'gmail:me',
    id: `t${i}`,
    senderName: `Brand ${i}`,
    senderAddress: `support@brand${i}.zendesk.com`,
    subject: `[Request received] FREE NITRO ${i}`,
    snippet: 'Your request (1) has been received',
    // Three minutes apart: no five-minute window holds three companies (the quick rule).
    date: T0 + i * 180_000,
    unread: true,
  })

  it('recognises a wave split across two batches and stores each row once', async () => {
    const first = await ingestRows(db, { rows: [0, 1, 2].map((i) => row(i)) }, 10)
    expect(Object.values(first.verdicts).map((v) => v.verdict)).toEqual([
      'suspect',
      'suspect',
      'suspect',
    ])
    const second = await ingestRows(db, { rows: [3, 4, 5].map((i) => row(i)) }, 20)
    // The batch itself, and the three earlier mails the wave took in.
    expect(Object.keys(second.verdicts).sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5'])
    expect(Object.values(second.verdicts).every((v) => v.verdict === 'relay')).toBe(true)
    const again = await ingestRows(db, { rows: [3, 4, 5].map((i) => row(i)) }, 30)
    expect(again.stored).toBe(0)
    expect((await countByDomain(db)).total).toBe(6)
  })

  it('re-labels mails stored as suspect when a later batch completes their wave, and says so', async () => {
    await ingestRows(db, { rows: [0, 1].map((i) => row(i)) }, 10)
    const later = await ingestRows(db, { rows: [2, 3].map((i) => row(i)) }, 20)
    expect(Object.keys(later.verdicts).sort()).toEqual(['t0', 't1', 't2', 't3'])
    expect(later.verdicts.t0).toMatchObject({ verdict: 'relay', waveId: later.verdicts.t3?.waveId })
    const t0 = await getMessage(db, 'gmail:me', 't0')
    expect(t0).toMatchObject({ verdict: 'relay', seenAt: 10 })
    expect(later.waves).toHaveLength(1)
    expect(later.waves[0]).toMatchObject({ mails: 4, rules: ['cross-brand-wave'] })
  })

  it('never stores more of a subject than the short payload', async () => {
    await ingestRows(db, { rows: [{ ...row(1), subject: 'S'.repeat(900) }] }, 10)
    const message = await getMessage(db, 'gmail:me', 't1')
    expect(message?.payload.length).toBe(160)
    expect(Object.keys(message ?? {})).not.toContain('snippet')
  })
})
