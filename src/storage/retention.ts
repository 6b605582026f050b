// Retention: rows are kept for ROW_RETENTION_MS (the user's setting) after they were stored, wave
// summaries for WAVE_RETENTION_MS after they ended but their subject starts only as long as rows,
// brand statistics for WAVE_RETENTION_MS after their day. Deletes walk an index, never every row:
// a day bucket is visited only when it holds a row older than the limit. An emergency prune on a
// full disk drops rows sooner, but not the user's decisions: trusted mails, auto-label claims and
// the action log stay for the normal retention (expected tickets stay until their own date).
import type { Database } from './db.ts'
import { dayOf, helpdeskCounts, withRows } from './days.ts'
import type { StoredMessage } from './schema.ts'
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
  /** How long the user's decisions stay when rows go sooner (the emergency prune). */
  decisionRetentionMs = rowRetentionMs,
): Promise<Pruned> {
  const older = (limit: number) => IDBKeyRange.upperBound(limit, true)
  const messages = await pruneRows(db, now - rowRetentionMs, now - decisionRetentionMs)
  const waves = await pruneWaves(db, now - WAVE_RETENTION_MS, now - rowRetentionMs)
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
    await actionsTx.store.index('by-started').openCursor(older(now - decisionRetentionMs)),
  )
  await actionsTx.done
  return { messages, waves, other: tickets + actions }
}

/**
 * Drops rows stored before `limit`; a bucket left empty goes too. The dropped helpdesk rows move
 * into their day's brand statistics as pruned counts, so the brand history stays whole.
 * Returns the rows dropped.
 */
async function pruneRows(db: Database, limit: number, decisionLimit: number): Promise<number> {
  const tx = db.transaction(['messageDays', 'brandDays'], 'readwrite')
  const brandDays = tx.objectStore('brandDays')
  const range = IDBKeyRange.upperBound(limit, true)
  const keep = (row: StoredMessage) =>
    row.seenAt >= limit || (holdsDecision(row) && row.seenAt >= decisionLimit)
  let dropped = 0
  let cursor = await tx.objectStore('messageDays').index('by-oldest-seen').openCursor(range)
  for (; cursor; cursor = await cursor.continue()) {
    const bucket = cursor.value
    const kept = bucket.rows.filter(keep)
    const gone = bucket.rows.filter((row) => !keep(row))
    if (gone.length === 0) continue
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

/** The user trusted it, or the automatic label claimed it: forgetting either undoes a decision. */
function holdsDecision(row: StoredMessage): boolean {
  return row.trusted === true || row.autoLabelledAt !== undefined
}

/**
 * Drops waves that ended before `waveLimit`, and the subject starts (top payloads) of waves that
 * ended before `payloadLimit`: subjects are mail content, kept no longer than the rows.
 */
async function pruneWaves(db: Database, waveLimit: number, payloadLimit: number): Promise<number> {
  const tx = db.transaction('waves', 'readwrite')
  let deleted = 0
  const range = IDBKeyRange.upperBound(Math.max(waveLimit, payloadLimit), true)
  for (let cursor = await tx.store.index('by-end').openCursor(range); cursor;) {
    const wave = cursor.value
    if (wave.end < waveLimit) {
      await cursor.delete()
      deleted++
    } else if (wave.end < payloadLimit && wave.topPayloads.length > 0) {
      await cursor.update({ ...wave, topPayloads: [] })
    }
    cursor = await cursor.continue()
  }
  await tx.done
  return deleted
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
