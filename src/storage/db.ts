// The database connection: opened lazily, closed when a newer version waits (blocking), and
// reopened on the next call after the browser terminated it.
import { openDB, type IDBPDatabase } from 'idb'
import { DB_NAME, DB_VERSION, type RelayShieldDB } from './schema.ts'
import { runMigrations, type UpgradeDb, type UpgradeTx } from './migrations.ts'

export type Database = IDBPDatabase<RelayShieldDB>

export function openDatabase(
  name: string = DB_NAME,
  version: number = DB_VERSION,
  onGone: () => void = () => {},
): Promise<Database> {
  return openDB<RelayShieldDB>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) =>
      // Earlier versions' stores are typed only for the migrations (schema.ts UpgradeSchema).
      runMigrations(
        db as unknown as UpgradeDb,
        oldVersion,
        newVersion ?? version,
        tx as unknown as UpgradeTx,
      ),
    blocking: (_current, _next, event) => {
      ;(event.target as IDBDatabase).close()
      onGone()
    },
    terminated: onGone,
  })
}

/** One shared connection per context, opened on first use. */
export function lazyDatabase(name: string = DB_NAME): () => Promise<Database> {
  let pending: Promise<Database> | null = null
  const forget = () => {
    pending = null
  }
  return () => {
    pending ??= openDatabase(name, DB_VERSION, forget).catch((error: unknown) => {
      forget()
      throw error
    })
    return pending
  }
}
