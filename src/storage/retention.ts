// Retention: rows are kept for ROW_RETENTION_MS after they were stored, wave summaries for
// WAVE_RETENTION_MS after they ended, brand statistics for WAVE_RETENTION_MS after their day.
// Deletes walk an index, never every row: a day bucket is visited only when it holds a row older
// than the limit.
import type { Database } from './db.ts'
import { dayOf, helpdeskCounts, withRows } from './days.ts'
import { DAY_MS } from '../core/time.ts'

export const ROW_RETENTION_MS = 30 * DAY_MS
export const WAVE_RETENTION_MS = 365 * DAY_MS

export interface Pruned {
  messages: number
  waves: number
  /** Expected tickets past their date and action log entries older than the rows they touched. */
  other: number
}

export async function prune(
  db: Database,
  now: number,
  rowRetentionMs = ROW_RETENTION_MS,
): Promise<Pruned> {
  const older = (limit: number) => IDBKeyRange.upperBound(limit, true)
  const messages = await pruneRows(db, now - rowRetentionMs)
  const wavesTx = db.transaction('waves', 'readwrite')
  const waves = await deleteEach(
    await wavesTx.store.index('by-end').openCursor(older(now - WAVE_RETENTION_MS)),
  )
  await wavesTx.done
  const brandsTx = db.transaction('brandDays', 'readwrite')
  await deleteEach(
    await brandsTx.store.index('by-day').openCursor(older(dayOf(now - WAVE_RETENTION_MS))),
  )
  await brandsTx.done
  const ticketsTx = db.transaction('expectedTickets', 'readwrite')
  const tickets = await deleteEach(await ticketsTx.store.index('by-until').openCursor(older(now)))
  await ticketsTx.done
  const actionsTx = db.transaction('actions', 'readwrite')
  const actions = await deleteEach(
    await actionsTx.store.index('by-started').openCursor(older(now - rowRetentionMs)),
  )
  await actionsTx.done
  return { messages, waves, other: tickets + actions }
}

/**
 * Drops rows stored before `limit`; a bucket left empty goes too. The dropped helpdesk rows move
 * into their day's brand statistics as pruned counts, so the brand history stays whole.
 * Returns the rows dropped.
 */
async function pruneRows(db: Database, limit: number): Promise<number> {
  const tx = db.transaction(['messageDays', 'brandDays'], 'readwrite')
  const brandDays = tx.objectStore('brandDays')
  const range = IDBKeyRange.upperBound(limit, true)
  let dropped = 0
  let cursor = await tx.objectStore('messageDays').index('by-oldest-seen').openCursor(range)
  for (; cursor; cursor = await cursor.continue()) {
    const bucket = cursor.value
    const kept = bucket.rows.filter((row) => row.seenAt >= limit)
    const gone = bucket.rows.filter((row) => row.seenAt < limit)
    dropped += gone.length
    await (kept.length === 0
      ? cursor.delete()
      : cursor.update(withRows(bucket.account, bucket.day, kept)))
    const stats = await brandDays.get([bucket.account, bucket.day])
    if (stats) await brandDays.put({ ...stats, pruned: helpdeskCounts(gone, stats.pruned) })
  }
  await tx.done
  return dropped
}

interface DeletingCursor<C> {
  delete(): Promise<void>
  continue(): Promise<C | null>
}

async function deleteEach<C extends DeletingCursor<C>>(first: C | null): Promise<number> {
  let deleted = 0
  for (let cursor = first; cursor; cursor = await cursor.continue()) {
    await cursor.delete()
    deleted++
  }
  return deleted
}

/** "Clear all data": every stored row, wave, statistic, expected ticket and logged action. */
export async function clearAll(db: Database): Promise<void> {
  const names = [...db.objectStoreNames]
  const tx = db.transaction(names, 'readwrite')
  await Promise.all([...names.map((name) => tx.objectStore(name).clear()), tx.done])
}
