// The background's handler for every message in the protocol. Holds no state in memory.
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts'
import type { Handlers } from '../messaging/router.ts'
import type { Database } from '../storage/db.ts'
import { countByDomain } from '../storage/messages-repo.ts'
import { ingestSafely } from './ingest-safely.ts'
import { tellStorageFull, updateWaveNotices } from './wave-notices.ts'

export function createHandlers(
  getDb: () => Promise<Database>,
  clock: () => number,
  getSettings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
): Handlers {
  return {
    'rows.ingest': async (request) => {
      const [db, settings] = await Promise.all([getDb(), getSettings()])
      const now = clock()
      const off = new Set(settings.disabledAccounts)
      const rows = request.rows.filter((row) => !off.has(row.account))
      const { waves, ...answer } = await ingestSafely(
        db,
        { ...request, rows },
        now,
        settings.thresholds,
        tellStorageFull,
      )
      // The badge and notification must never cost the page its verdicts.
      if (waves.length > 0) await updateWaveNotices(db, now, settings.notifications).catch(() => {})
      return answer
    },
    'stats.domains': async (request) => {
      const counts = await countByDomain(await getDb(), request.account)
      const domains = [...counts.byDomain]
        .map(([domain, count]) => ({ domain, count }))
        .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain))
      return { total: counts.total, accounts: counts.accounts, domains }
    },
  }
}
