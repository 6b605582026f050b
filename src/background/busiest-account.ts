// Which account the popup opens on when it names none: the one a wave hit last.
import type { Database } from '../storage/db.ts'
import { latestWave } from '../storage/popup-repo.ts'

/** The account whose latest wave ended last; the first account when none had a wave. */
export async function busiestAccount(
  db: Database,
  accounts: readonly string[],
): Promise<string | null> {
  const latest = await Promise.all(accounts.map((account) => latestWave(db, account)))
  const ends = accounts.map((account, i) => ({ account, end: latest[i]?.end ?? -Infinity }))
  return ends.sort((a, b) => b.end - a.end)[0]?.account ?? null
}
