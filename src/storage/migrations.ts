// Upgrade steps keyed by the version they produce, never by list position: each runs when the
// stored database is older than its version (docs/architecture.md, "Storage").
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import type { StoredMessage, UpgradeSchema } from './schema.ts'

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
  // v5: a row says where a list last showed it (Outlook's folder and Focused/Other view), so the
  // popup can count a wave's mails per view and folder. Rows stored earlier were read with no place
  // recorded: each gets `place: null` (unknown until a list shows it again), so every reader
  // meets one shape.
  5: (_db, tx) => void giveRowsNoPlace(tx),
}

/** Frozen as shipped in version 5: every stored row gets an unknown place; nothing else changes. */
async function giveRowsNoPlace(tx: UpgradeTx): Promise<void> {
  try {
    const days = tx.objectStore('messageDays')
    // Upgrading from version 3, the v4 step writes the day buckets once its read of the old rows
    // is answered. Requests run in the order they are made: this one is answered after that read,
    // so the cursor below is made after the v4 step's writes and sees every bucket.
    await days.count()
    for (let cursor = await days.openCursor(); cursor; cursor = await cursor.continue()) {
      const rows = cursor.value.rows.map((row) => ({ ...row, place: row.place ?? null }))
      await cursor.update({ ...cursor.value, rows })
    }
  } catch {
    tx.abort()
  }
}

/**
 * Reads the v3 rows and writes them as buckets inside the upgrade transaction. A failure here
 * aborts the transaction, so the open fails and the v3 data stays as it was.
 *
 * Frozen as shipped in version 4: the bucket and statistics shapes and the rules that fill them are
 * written out here instead of calling the repository's helpers (days.ts), which may change with
 * later versions while this step must keep producing what version 4 read.
 */
async function moveRowsIntoDays(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  try {
    const rows = await tx.objectStore('messages').getAll()
    const target = tx.objectStore('messageDays')
    const brandDays = tx.objectStore('brandDays')
    await Promise.all(
      [...v4Buckets(rows)].map(async (bucket) => {
        const stats = v4BrandDay(bucket)
        await Promise.all([target.put(bucket), stats ? brandDays.put(stats) : null])
      }),
    )
    db.deleteObjectStore('messages')
  } catch {
    tx.abort()
  }
}

/** Version 4's bucket: one account's rows whose own date falls on one UTC day. */
interface V4Day {
  account: string
  /** floor(date / one day in ms), or -1 for rows without a date. */
  day: number
  oldestSeenAt: number
  rows: StoredMessage[]
}

interface V4BrandCounts {
  mails: number
  relay: number
  first: number
  last: number
}

/** Version 4's per-brand statistics of one account's dated helpdesk mail on one day. */
interface V4BrandDay {
  account: string
  day: number
  brands: Record<string, V4BrandCounts>
  pruned: Record<string, V4BrandCounts>
}

const V4_DAY_MS = 86_400_000
const V4_UNDATED_DAY = -1

/** The v3 rows grouped into v4 buckets. v3 keys rows by (account, id), so no row repeats. */
function v4Buckets(rows: readonly StoredMessage[]): V4Day[] {
  const buckets = new Map<string, V4Day>()
  for (const row of rows) {
    const day = row.date === null ? V4_UNDATED_DAY : Math.floor(row.date / V4_DAY_MS)
    const key = `${row.account}\u0000${day}`
    const bucket = buckets.get(key) ?? {
      account: row.account,
      day,
      oldestSeenAt: Infinity,
      rows: [],
    }
    bucket.rows.push(row)
    bucket.oldestSeenAt = Math.min(bucket.oldestSeenAt, row.seenAt)
    buckets.set(key, bucket)
  }
  return [...buckets.values()]
}

/**
 * The bucket's per-brand counts of dated helpdesk rows (a brand is sender-controlled text,
 * "__proto__" included, so counts live in a Map until stored). Null when there are none.
 */
function v4BrandDay(bucket: V4Day): V4BrandDay | null {
  if (bucket.day === V4_UNDATED_DAY) return null
  const brands = new Map<string, V4BrandCounts>()
  for (const row of bucket.rows) {
    if (!row.helpdesk || row.date === null) continue
    const counts = brands.get(row.brand) ?? { mails: 0, relay: 0, first: row.date, last: row.date }
    brands.set(row.brand, counts)
    counts.mails++
    if (row.verdict === 'relay') counts.relay++
    counts.first = Math.min(counts.first, row.date)
    counts.last = Math.max(counts.last, row.date)
  }
  if (brands.size === 0) return null
  return {
    account: bucket.account,
    day: bucket.day,
    brands: Object.fromEntries(brands),
    pruned: {},
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
