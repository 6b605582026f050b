// Stored message rows, kept in day buckets (schema.ts StoredDay). One transaction per call;
// nothing but IndexedDB is awaited inside it.
import type { IDBPObjectStore, StoreNames } from 'idb'
import type { MailFeatures } from '../core/mail/features.ts'
import type { Database } from './db.ts'
import { groupByDay, dayOf, mergeIntoDay, withRows } from './days.ts'
import type { RelayShieldDB, StoredDay, StoredMessage, StoredWave } from './schema.ts'

/** The rows store inside a transaction over any stores. */
export type DaysStore<Mode extends IDBTransactionMode> = IDBPObjectStore<
  RelayShieldDB,
  ArrayLike<StoreNames<RelayShieldDB>>,
  'messageDays',
  Mode
>

/** Rows into their day buckets inside the caller's transaction: new rows, and the days written. */
export async function putRows(
  store: DaysStore<'readwrite'>,
  messages: readonly StoredMessage[],
): Promise<{ added: number; days: StoredDay[] }> {
  const merged = await Promise.all(
    [...groupByDay(messages).values()].map(async (rows) => {
      const first = rows[0]!
      const result = mergeIntoDay(await store.get([first.account, dayOf(first.date)]), rows)
      await store.put(result.day)
      return result
    }),
  )
  return {
    added: merged.reduce((sum, one) => sum + one.added, 0),
    days: merged.map((one) => one.day),
  }
}

/** Stored mail of one account whose own date lies in [from, to]. */
export function messagesBetween(
  db: Database,
  account: string,
  from: number,
  to: number,
): Promise<StoredMessage[]> {
  return rowsBetween(db.transaction('messageDays').store, account, from, to)
}

/** messagesBetween inside the caller's transaction. */
export async function rowsBetween(
  store: DaysStore<IDBTransactionMode>,
  account: string,
  from: number,
  to: number,
): Promise<StoredMessage[]> {
  const days = await store.getAll(IDBKeyRange.bound([account, dayOf(from)], [account, dayOf(to)]))
  return days.flatMap((day) =>
    day.rows.filter((row) => row.date !== null && row.date >= from && row.date <= to),
  )
}

/** All of one account's buckets, newest day first (undated last): recent mail is asked most. */
export function accountDays(account: string): IDBKeyRange {
  return IDBKeyRange.bound([account, -Infinity], [account, Infinity])
}

export async function getMessage(
  db: Database,
  account: string,
  id: string,
): Promise<StoredMessage | undefined> {
  let cursor = await db.transaction('messageDays').store.openCursor(accountDays(account), 'prev')
  for (; cursor; cursor = await cursor.continue()) {
    const found = cursor.value.rows.find((row) => row.id === id)
    if (found) return found
  }
  return undefined
}

/** The stored dates of these mails, in one walk over the account's days; undated ones left out. */
export async function messageDates(
  db: Database,
  account: string,
  ids: readonly string[],
): Promise<Record<string, number>> {
  const wanted = new Set(ids)
  const dates: Record<string, number> = {}
  let cursor = await db.transaction('messageDays').store.openCursor(accountDays(account))
  for (; cursor && wanted.size > 0; cursor = await cursor.continue()) {
    for (const row of cursor.value.rows) {
      if (!wanted.delete(row.id) || row.date === null) continue
      dates[row.id] = row.date
    }
  }
  return dates
}

/** Marks a stored mail as trusted by the user: clean from now on, in no wave. */
export async function trustStoredMessage(
  db: Database,
  account: string,
  id: string,
): Promise<StoredMessage | null> {
  const tx = db.transaction('messageDays', 'readwrite')
  let trusted: StoredMessage | null = null
  let cursor = await tx.store.openCursor(accountDays(account), 'prev')
  for (; cursor && !trusted; cursor = await cursor.continue()) {
    const bucket = cursor.value
    const index = bucket.rows.findIndex((row) => row.id === id)
    if (index < 0) continue
    trusted = {
      ...bucket.rows[index]!,
      trusted: true,
      verdict: 'clean',
      reasons: ['user-trusted'],
      waveId: null,
    }
    const rows = bucket.rows.with(index, trusted)
    await cursor.update(withRows(bucket.account, bucket.day, rows))
    break
  }
  await tx.done
  return trusted
}

/** trustStoredMessage for many ids in one pass over the account's days; returns those found. */
export async function trustStoredMessages(
  db: Database,
  account: string,
  ids: ReadonlySet<string>,
): Promise<StoredMessage[]> {
  const tx = db.transaction('messageDays', 'readwrite')
  const trusted: StoredMessage[] = []
  for (let cursor = await tx.store.openCursor(accountDays(account)); cursor;) {
    const bucket = cursor.value
    if (bucket.rows.some((row) => ids.has(row.id))) {
      const rows = bucket.rows.map((row) => {
        if (!ids.has(row.id)) return row
        const clean: StoredMessage = {
          ...row,
          trusted: true,
          verdict: 'clean',
          reasons: ['user-trusted'],
          waveId: null,
        }
        trusted.push(clean)
        return clean
      })
      await cursor.update(withRows(bucket.account, bucket.day, rows))
    }
    cursor = await cursor.continue()
  }
  await tx.done
  return trusted
}

/** The relay mails of one wave, from the account's mail dated within the wave. */
export async function waveMessages(db: Database, wave: StoredWave): Promise<StoredMessage[]> {
  const mails = await messagesBetween(db, wave.account, wave.start, wave.end)
  return mails.filter((mail) => mail.waveId === wave.id && mail.verdict === 'relay')
}

export function storedFeatures(row: StoredMessage): MailFeatures {
  const reasons = row.reasons.filter((reason) => reason.startsWith('helpdesk-'))
  return {
    id: row.id,
    date: row.date,
    brand: row.brand,
    platform: null,
    kind: row.kind,
    helpdesk: row.helpdesk,
    joiner: row.joiner ?? false,
    ...(row.access === true ? { access: true } : {}),
    ...(row.disguised === true ? { disguised: true } : {}),
    ...(row.welcomeCode ? { welcomeCode: row.welcomeCode } : {}),
    ...(row.asksSignUp === true ? { asksSignUp: true } : {}),
    ...(row.welcomes === true ? { welcomes: true } : {}),
    payload: row.payloadKey,
    reasons,
    indicatorCount: row.indicatorCount,
    important: row.important,
  }
}

export interface DomainCounts {
  total: number
  accounts: string[]
  byDomain: Map<string, number>
}

export async function countByDomain(db: Database, account?: string): Promise<DomainCounts> {
  const byDomain = new Map<string, number>()
  const accounts = new Set<string>()
  let total = 0
  let cursor = await db.transaction('messageDays', 'readonly').store.openCursor()
  for (; cursor; cursor = await cursor.continue()) {
    const bucket = cursor.value
    accounts.add(bucket.account)
    if (account !== undefined && bucket.account !== account) continue
    for (const row of bucket.rows) {
      total++
      const domain = row.senderDomain || '(none)'
      byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1)
    }
  }
  return { total, accounts: [...accounts].sort(), byDomain }
}
