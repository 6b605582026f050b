// rows.*: a content script hands over the rows it read and gets a verdict per row. Storage that
// fails or hangs never costs the page its verdicts: the rows are then judged against memory.
import type { Settings } from '../../core/settings.ts'
import { DAY_MS } from '../../core/time.ts'
import type { MailRow, Verdict } from '../../core/types.ts'
import type { RequestOf, ResponseOf } from '../../messaging/protocol.ts'
import { withDeadline } from '../../messaging/deadline.ts'
import type { Handlers } from '../../messaging/router.ts'
import { autoLabelRelay } from '../auto-label.ts'
import { fromMemory, ingestSafely, isStorageUnavailable } from '../ingest-safely.ts'
import { tellStorageFull, tellStorageUnavailable, updateWaveNotices } from '../notices.ts'
import { isTimeout, storageTimedOut } from '../storage-deadline.ts'
import { pushVerdicts, rememberTab } from '../tabs.ts'
import type { HandlerContext } from './context.ts'

type Batch = RequestOf<'rows.ingest'>
type Answer = ResponseOf<'rows.ingest'>

export function rowsHandlers(context: HandlerContext): Pick<Handlers, 'rows.ingest'> {
  const { getDb, clock, getSettings, gate, memory, autoLabelled } = context
  const answerFromMemory = async (batch: Batch, now: number, settings: Settings) => {
    await tellStorageUnavailable(now)
    const { verdicts, stored, rejected } = fromMemory(memory, batch, {
      thresholds: settings.thresholds,
      allowedBrands: settings.allowedBrands,
    })
    return { verdicts, stored, rejected } satisfies Answer
  }
  return {
    'rows.ingest': async (request, sender) => {
      const settings = await getSettings()
      const now = clock()
      const off = new Set(settings.disabledAccounts)
      const rows = request.rows.filter((row) => !off.has(row.account))
      const batch = { ...request, rows }
      if (gate.skipped(now)) return answerFromMemory(batch, now, settings)
      // Any failure to open the database, or no answer in time, means it is unavailable here.
      const db = await withDeadline(getDb(), gate.deadlineMs, storageTimedOut).catch(
        (error: unknown) => {
          if (isTimeout(error)) gate.hung(now)
          return null
        },
      )
      if (!db) return answerFromMemory(batch, now, settings)
      let ingested
      try {
        ingested = await withDeadline(
          ingestSafely(
            db,
            batch,
            now,
            settings.thresholds,
            tellStorageFull,
            memory,
            settings.allowedBrands,
            settings.retentionDays * DAY_MS,
          ),
          gate.deadlineMs,
          storageTimedOut,
        )
      } catch (error) {
        if (!isStorageUnavailable(error)) throw error
        if (isTimeout(error)) gate.hung(now)
        return answerFromMemory(batch, now, settings)
      }
      const { waves, ...answer } = ingested
      await shareChangedVerdicts(rows, answer.verdicts, sender.tabId)
      // Not awaited: the page gets its verdicts now, and runs the label action in its own queue.
      const account = rows[0]?.account
      if (settings.autoLabel && account)
        void autoLabelRelay(db, clock, account, answer.verdicts, autoLabelled).catch(() => {})
      // The badge and notification must never cost the page its verdicts.
      if (waves.length > 0) await updateWaveNotices(db, now, settings.notifications).catch(() => {})
      return answer
    },
  }
}

/**
 * The asking tab gets every verdict in its answer; the account's other tabs get the verdicts that
 * changed after the fact (earlier mail a wave took in). Never fatal for the answer.
 */
async function shareChangedVerdicts(
  rows: readonly MailRow[],
  verdicts: Record<string, Verdict>,
  tabId: number | null,
): Promise<void> {
  const account = rows[0]?.account
  if (!account) return
  const batch = new Set(rows.map((row) => row.id))
  const changed = Object.fromEntries(Object.entries(verdicts).filter(([id]) => !batch.has(id)))
  await Promise.all([
    tabId === null ? null : rememberTab(account, tabId),
    Object.keys(changed).length > 0 ? pushVerdicts(account, changed, tabId) : null,
  ]).catch(() => {})
}
