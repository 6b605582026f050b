// A cleanup that moved mails (Outlook's Archive, Junk Email, Deleted Items, and back to the inbox)
// moves their stored place along, so the popup's counts per folder follow at once. The inbox view
// is kept: a mail moved back returns to the view Outlook had sorted it into (docs/webmail-pages.md
// 4.6), and it is shown for the inbox only.
import type { PlaceFolder } from '../core/types.ts'
import type { Database } from './db.ts'
import { withRows } from './days.ts'
import { accountDays } from './messages-repo.ts'

/** Sets the folder of these stored mails; returns how many were found. */
export async function moveStoredPlaces(
  db: Database,
  account: string,
  ids: ReadonlySet<string>,
  folder: PlaceFolder,
): Promise<number> {
  if (ids.size === 0) return 0
  const tx = db.transaction('messageDays', 'readwrite')
  let moved = 0
  for (let cursor = await tx.store.openCursor(accountDays(account)); cursor;) {
    const bucket = cursor.value
    if (bucket.rows.some((row) => ids.has(row.id))) {
      const rows = bucket.rows.map((row) => {
        if (!ids.has(row.id)) return row
        moved++
        return { ...row, place: { folder, view: row.place?.view ?? null } }
      })
      await cursor.update(withRows(bucket.account, bucket.day, rows))
    }
    cursor = await cursor.continue()
  }
  await tx.done
  return moved
}
