// Upgrade steps keyed by the version they produce, never by list position: each runs when the
// stored database is older than its version (../shared/GUIDE.md, "Storage").
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import type { RelayShieldDB } from './schema.ts'

type UpgradeDb = IDBPDatabase<RelayShieldDB>
type UpgradeTx = IDBPTransaction<RelayShieldDB, StoreNames<RelayShieldDB>[], 'versionchange'>

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
