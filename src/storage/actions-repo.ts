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

export async function finishAction(
  db: Database,
  account: string,
  id: string,
  results: ActionResults,
  at: number,
): Promise<void> {
  const tx = db.transaction('actions', 'readwrite')
  const entry = await tx.store.get([account, id])
  if (entry) await tx.store.put({ ...entry, results, finishedAt: at })
  await tx.done
}

/** The account's actions, latest first; unfinished ones were cut short. */
export async function recentActions(db: Database, account: string): Promise<ActionLogEntry[]> {
  const all = await db.getAllFromIndex('actions', 'by-started')
  return all.filter((entry) => entry.account === account).reverse()
}
