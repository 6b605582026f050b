// The automatic label's record: which relay mails it was applied to. A mail is claimed before the
// label is applied and never again, so a second pass cannot toggle the label off, and a label the
// user removed stays removed.
import type { Database } from './db.ts'
import { withRows } from './days.ts'
import { accountDays } from './messages-repo.ts'

/**
 * Marks the relay mails among `ids` that were never auto-labelled. Returns those (`claimed`) and
 * the ones an earlier pass labelled (`earlier`), so the caller need not ask about either again.
 */
export async function claimForAutoLabel(
  db: Database,
  account: string,
  ids: ReadonlySet<string>,
  now: number,
): Promise<{ claimed: string[]; earlier: string[] }> {
  const claimed: string[] = []
  const earlier: string[] = []
  if (ids.size === 0) return { claimed, earlier }
  const tx = db.transaction('messageDays', 'readwrite')
  for (let cursor = await tx.store.openCursor(accountDays(account)); cursor;) {
    const bucket = cursor.value
    for (const row of bucket.rows)
      if (ids.has(row.id) && row.autoLabelledAt !== undefined) earlier.push(row.id)
    const fresh = (row: (typeof bucket.rows)[number]) =>
      ids.has(row.id) && row.verdict === 'relay' && row.autoLabelledAt === undefined
    if (bucket.rows.some(fresh)) {
      const rows = bucket.rows.map((row) => {
        if (!fresh(row)) return row
        claimed.push(row.id)
        return { ...row, autoLabelledAt: now }
      })
      await cursor.update(withRows(bucket.account, bucket.day, rows))
    }
    cursor = await cursor.continue()
  }
  await tx.done
  return { claimed, earlier }
}
