// A company of a stored wave is never a sender the inbox knows (core/wave/known-sender.ts), even
// when a later batch is judged against a span that holds none of that wave: its later mail about
// the relayed ticket must not keep it out of the next wave through the same forms
// (fake-indexeddb, the platform replaced).
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { parseSettings } from '../../src/core/settings.ts'
import type { MailRow } from '../../src/core/types.ts'
import { NOW, TAB, helpdeskRow as row } from '../support/handler-rows.ts'

vi.mock('../../src/platform/browser.ts', () => import('../support/fake-platform.ts'))
const platform = await import('../support/fake-platform.ts')
const { session } = platform

const { createHandlers } = await import('../../src/background/handlers.ts')
const { openDatabase } = await import('../../src/storage/db.ts')

const DAY = 86_400_000

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
  for (const key of Object.keys(session)) delete session[key]
})

/** Brand i's relay acknowledgement `days` later than the first wave. */
function later(i: number, days: number): MailRow {
  return { ...row(i), id: `t${i}-${days}`, date: row(i).date! + days * DAY }
}

/** Brand i closing the relayed ticket, in words no template holds, `days` later. */
function closing(i: number, days: number): MailRow {
  return {
    ...row(i),
    id: `closed${i}`,
    subject: `Closing your ticket ${7000 + i}`,
    snippet: 'We closed this ticket as we could not find anything to do.',
    date: row(i).date! + days * DAY + i * 3_600_000,
  }
}

describe('a company of a stored wave', () => {
  it('is still the next wave’s after its own later mail, the first wave out of the span', async () => {
    const db = await openDatabase()
    const clock = { now: NOW }
    const handlers = createHandlers(
      async () => db,
      () => clock.now,
      async () => parseSettings({}),
    )
    const brands = [1, 2, 3, 4, 5, 6]
    const first = await handlers['rows.ingest']({ rows: brands.map((i) => row(i)) }, TAB)
    expect(Object.values(first.verdicts).every((v) => v.verdict === 'relay')).toBe(true)
    // The next wave's span reaches back to the closings, not to the first wave.
    clock.now = NOW + 3 * DAY
    await handlers['rows.ingest']({ rows: brands.map((i) => closing(i, 3)) }, TAB)
    clock.now = NOW + 3.5 * DAY
    // Two companies of the first wave come back among new ones: too few known companies at once
    // to be a wave of their own. (Stored rows keep no display name, so on this path they make no
    // sender known; the worker's memory, below, does, and there the stored waves decide.)
    const again = [1, 2, 11, 12, 13, 14]
    const next = await handlers['rows.ingest']({ rows: again.map((i) => later(i, 3.5)) }, TAB)
    expect(Object.values(next.verdicts).map((v) => v.verdict)).toEqual(again.map(() => 'relay'))
  })

  it('is remembered from the stored waves when the disk is full and the worker answers from memory', async () => {
    const real = await openDatabase()
    const disk = { full: false }
    const db = new Proxy(real, {
      get(target, key) {
        if (key !== 'transaction') return Reflect.get(target, key, target)
        return (store: string | string[], mode?: string) => {
          if (disk.full && [store].flat().includes('messageDays') && mode === 'readwrite')
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return (target.transaction as (...args: unknown[]) => unknown)(store, mode)
        }
      },
    })
    const clock = { now: NOW }
    const handlers = createHandlers(
      async () => db,
      () => clock.now,
      async () => parseSettings({}),
    )
    const brands = [1, 2, 3, 4, 5, 6]
    await handlers['rows.ingest']({ rows: brands.map((i) => row(i)) }, TAB)
    disk.full = true
    clock.now = NOW + 3 * DAY
    const closed = await handlers['rows.ingest']({ rows: brands.map((i) => closing(i, 3)) }, TAB)
    expect(closed.stored).toBe(0)
    clock.now = NOW + 3.5 * DAY
    // Two companies of the first wave come back among new ones: too few known companies at once
    // to be a wave of their own. (Stored rows keep no display name, so on this path they make no
    // sender known; the worker's memory, below, does, and there the stored waves decide.)
    const again = [1, 2, 11, 12, 13, 14]
    const next = await handlers['rows.ingest']({ rows: again.map((i) => later(i, 3.5)) }, TAB)
    expect(Object.values(next.verdicts).map((v) => v.verdict)).toEqual(again.map(() => 'relay'))
  })
})
