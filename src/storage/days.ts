// Pure helpers for day buckets (schema.ts StoredDay): which bucket a row belongs in, and how a
// bucket takes in new rows. Used by the repositories and retention; the v4 migration keeps its own
// frozen copy of the rules as they were in version 4 (migrations.ts).
import { DAY_MS } from '../core/time.ts'
import {
  UNDATED_DAY,
  type BrandCounts,
  type BrandDay,
  type StoredDay,
  type StoredMessage,
} from './schema.ts'

export function dayOf(date: number | null): number {
  return date === null ? UNDATED_DAY : Math.floor(date / DAY_MS)
}

/** Key of the bucket a row belongs in. */
export function dayKey(row: StoredMessage): [string, number] {
  return [row.account, dayOf(row.date)]
}

/** Rows grouped by bucket key (joined as text: account, then day). */
export function groupByDay(rows: readonly StoredMessage[]): Map<string, StoredMessage[]> {
  const groups = new Map<string, StoredMessage[]>()
  for (const row of rows) {
    const key = dayKey(row).join('\u0000')
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

/**
 * The bucket after taking in `incoming`: a row already there keeps its first-seen time and the
 * user's trust; a new row is appended. `added` counts rows that were not there before.
 */
export function mergeIntoDay(
  existing: StoredDay | undefined,
  incoming: readonly StoredMessage[],
): { day: StoredDay; added: number } {
  const first = incoming[0]!
  const rows = new Map((existing?.rows ?? []).map((row) => [row.id, row]))
  let added = 0
  for (const row of incoming) {
    const before = rows.get(row.id)
    if (!before) added++
    rows.set(
      row.id,
      before
        ? {
            ...row,
            ...kept(before),
            trusted: before.trusted || row.trusted,
            // A mail read from an opened message says nowhere where it is listed.
            place: row.place ?? before.place ?? null,
          }
        : row,
    )
  }
  const [account, day] = dayKey(first)
  return { day: withRows(account, day, [...rows.values()]), added }
}

/** What a stored row keeps when the page sends it again: first sight and the automatic label. */
function kept(before: StoredMessage): Pick<StoredMessage, 'seenAt' | 'autoLabelledAt'> {
  return before.autoLabelledAt === undefined
    ? { seenAt: before.seenAt }
    : { seenAt: before.seenAt, autoLabelledAt: before.autoLabelledAt }
}

export function withRows(account: string, day: number, rows: StoredMessage[]): StoredDay {
  const oldestSeenAt = rows.reduce((oldest, row) => Math.min(oldest, row.seenAt), Infinity)
  return { account, day, oldestSeenAt, rows }
}

/** Per-brand helpdesk counts of `rows`, added onto `start` (a brand is sender-controlled text,
 * "__proto__" included, so counts live in a Map until they are stored). */
export function helpdeskCounts(
  rows: readonly StoredMessage[],
  start: Record<string, BrandCounts> = {},
): Record<string, BrandCounts> {
  const brands = new Map(Object.entries(start).map(([brand, counts]) => [brand, { ...counts }]))
  for (const row of rows) {
    if (!row.helpdesk || row.date === null) continue
    const counts = brands.get(row.brand) ?? { mails: 0, relay: 0, first: row.date, last: row.date }
    brands.set(row.brand, counts)
    counts.mails++
    if (row.verdict === 'relay') counts.relay++
    counts.first = Math.min(counts.first, row.date)
    counts.last = Math.max(counts.last, row.date)
  }
  return Object.fromEntries(brands)
}

/**
 * The day's per-brand statistics after its rows changed: the live rows counted afresh, plus what
 * retention dropped earlier. Null when the day has no dated helpdesk mail at all.
 */
export function brandDayOf(bucket: StoredDay, before: BrandDay | undefined): BrandDay | null {
  if (bucket.day === UNDATED_DAY) return null
  const pruned = before?.pruned ?? {}
  const brands = helpdeskCounts(bucket.rows, pruned)
  if (Object.keys(brands).length === 0) return null
  return { account: bucket.account, day: bucket.day, brands, pruned }
}
