// Pure helpers for hour buckets (schema.ts StoredDay): which bucket a row belongs in, and how a
// bucket takes in new rows. Shared by the repository and the v4 migration.
import { DAY_MS, UNDATED_DAY, type StoredDay, type StoredMessage } from './schema.ts'

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
      before ? { ...row, seenAt: before.seenAt, trusted: before.trusted || row.trusted } : row,
    )
  }
  const [account, day] = dayKey(first)
  return { day: withRows(account, day, [...rows.values()]), added }
}

export function withRows(account: string, day: number, rows: StoredMessage[]): StoredDay {
  const oldestSeenAt = rows.reduce((oldest, row) => Math.min(oldest, row.seenAt), Infinity)
  return { account, day, oldestSeenAt, rows }
}
