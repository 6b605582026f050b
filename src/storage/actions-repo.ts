// The action log: every cleanup action is written before it runs (with the ids it will touch)
// and completed with the per-message results, so an action cut short by a killed worker can be
// reported or resumed, and a finished one undone.
import type { ActionResults } from '../core/actions.ts'
import type { Database } from './db.ts'
import type { ActionLogEntry } from './schema.ts'

export async function startAction(
  db: Database,
  entry: Omit<ActionLogEntry, 'results' | 'finishedAt' | 'undoneAt'>,
): Promise<ActionLogEntry> {
  const started: ActionLogEntry = { ...entry, results: {}, finishedAt: null, undoneAt: null }
  await db.put('actions', started)
  return started
}

/**
 * Adds what a page reports an action did; `finished` closes the entry. Reports may come twice or
 * out of order (a retried message, the page's answer and its last report): only ids the action
 * was asked to process are taken, and a result once known is never dropped. Returns how many of
 * the entry's ids now have a result, or -1 when there is no such entry.
 */
export async function recordProgress(
  db: Database,
  account: string,
  id: string,
  results: ActionResults,
  finished: boolean,
  at: number,
): Promise<number> {
  const tx = db.transaction('actions', 'readwrite')
  const entry = await tx.store.get([account, id])
  if (!entry) {
    await tx.done
    return -1
  }
  const asked = new Set(entry.ids)
  const merged = { ...entry.results }
  for (const [messageId, outcome] of Object.entries(results))
    if (asked.has(messageId)) merged[messageId] = outcome
  const finishedAt = entry.finishedAt ?? (finished ? at : null)
  await tx.store.put({ ...entry, results: merged, finishedAt })
  await tx.done
  return Object.keys(merged).length
}

export async function getAction(
  db: Database,
  account: string,
  id: string,
): Promise<ActionLogEntry | undefined> {
  return db.get('actions', [account, id])
}

export async function markUndone(db: Database, account: string, id: string, at: number) {
  const tx = db.transaction('actions', 'readwrite')
  const entry = await tx.store.get([account, id])
  if (entry) await tx.store.put({ ...entry, undoneAt: at })
  await tx.done
}

/** The account's actions, latest first; unfinished ones were cut short. */
export async function recentActions(db: Database, account: string): Promise<ActionLogEntry[]> {
  const all = await db.getAllFromIndex('actions', 'by-started')
  return all.filter((entry) => entry.account === account).reverse()
}
