// Upgrade steps keyed by the version they produce, never by list position: each runs when the
// stored database is older than its version (docs/architecture.md, "Storage").
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import { brandDayOf, groupByDay, mergeIntoDay } from './days.ts'
import type { UpgradeSchema } from './schema.ts'

export type UpgradeDb = IDBPDatabase<UpgradeSchema>
export type UpgradeTx = IDBPTransaction<UpgradeSchema, StoreNames<UpgradeSchema>[], 'versionchange'>

export const MIGRATIONS: Readonly<Record<number, (db: UpgradeDb, tx: UpgradeTx) => void>> = {
  // v1: messages keyed by (account, id) so the same row is stored once per account.
  1: (db) => {
    const messages = db.createObjectStore('messages', { keyPath: ['account', 'id'] })
    messages.createIndex('by-account-date', ['account', 'date'])
    messages.createIndex('by-sender-domain', 'senderDomain')
  },
  // v2: wave summaries (kept longer than rows), and rows findable by when they were stored so
  // retention can prune them without reading every row.
  2: (db, tx) => {
    tx.objectStore('messages').createIndex('by-seen', 'seenAt')
    const waves = db.createObjectStore('waves', { keyPath: ['account', 'id'] })
    waves.createIndex('by-end', 'end')
  },
  // v3: "I opened a ticket with X" until a date, and the log of cleanup actions (undo, resume).
  3: (db) => {
    const tickets = db.createObjectStore('expectedTickets', { keyPath: ['account', 'brand'] })
    tickets.createIndex('by-until', 'until')
    const actions = db.createObjectStore('actions', { keyPath: ['account', 'id'] })
    actions.createIndex('by-started', 'startedAt')
  },
  // v4: rows move into day buckets (schema.ts StoredDay), so a batch is a few requests instead
  // of one per row. Every row is carried over with its first-seen time, verdict and trust, and
  // each day's per-brand statistics are counted from them.
  4: (db, tx) => {
    const days = db.createObjectStore('messageDays', { keyPath: ['account', 'day'] })
    days.createIndex('by-oldest-seen', 'oldestSeenAt')
    const brandDays = db.createObjectStore('brandDays', { keyPath: ['account', 'day'] })
    brandDays.createIndex('by-day', 'day')
    void moveRowsIntoDays(db, tx)
  },
}

/**
 * Reads the v3 rows and writes them as buckets inside the upgrade transaction. A failure here
 * aborts the transaction, so the open fails and the v3 data stays as it was.
 */
async function moveRowsIntoDays(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  try {
    const rows = await tx.objectStore('messages').getAll()
    const target = tx.objectStore('messageDays')
    const brandDays = tx.objectStore('brandDays')
    await Promise.all(
      [...groupByDay(rows).values()].map(async (group) => {
        const { day } = mergeIntoDay(undefined, group)
        const stats = brandDayOf(day, undefined)
        await Promise.all([target.put(day), stats ? brandDays.put(stats) : null])
      }),
    )
    db.deleteObjectStore('messages')
  } catch {
    tx.abort()
  }
}

export function runMigrations(
  db: UpgradeDb,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`no migration to database version ${version}`)
    step(db, tx)
  }
}
