// What the popup's view is computed from: the accounts with stored mail, an account's latest
// wave, and its mail over the timeline's window around that wave.
import { chartSpan, type ViewWave } from '../core/views/popup-view.ts'
import { timelineWindow } from '../core/views/timeline.ts'
import type { Database } from './db.ts'
import { messagesBetween } from './messages-repo.ts'
import type { StoredMessage, StoredWave } from './schema.ts'

/** Accounts with stored mail or waves, from the stores' keys (no row is read). */
export async function storedAccounts(db: Database): Promise<string[]> {
  const [days, waves] = await Promise.all([db.getAllKeys('messageDays'), db.getAllKeys('waves')])
  return [...new Set([...days, ...waves].map(([account]) => account))].sort()
}

/** The account's wave that ended last, or null. */
export async function latestWave(db: Database, account: string): Promise<StoredWave | null> {
  const waves = await db.getAll('waves', IDBKeyRange.bound([account, ''], [account, '\uffff']))
  return waves.sort((a, b) => b.end - a.end)[0] ?? null
}

/** The account's mail over the timeline window and the wave's own span. */
export function viewRows(
  db: Database,
  account: string,
  wave: ViewWave | null,
  now: number,
): Promise<StoredMessage[]> {
  const { start, end } = timelineWindow(chartSpan(wave, now), now)
  return messagesBetween(
    db,
    account,
    Math.min(start, wave?.start ?? start),
    Math.max(end, wave?.end ?? end),
  )
}
