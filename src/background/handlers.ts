// The background's handler for every message in the protocol. What it keeps in memory can be lost
// at any moment: the popup's view computed ahead, the mails already labelled, a history used only
// while storage is unavailable.
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts'
import { siteDomain } from '../core/site-domain.ts'
import type { Handlers, Sender } from '../messaging/router.ts'
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { brandHistory } from '../storage/brands-repo.ts'
import { countByDomain } from '../storage/messages-repo.ts'
import { clearSession } from '../platform/browser.ts'
import { clearAll } from '../storage/retention.ts'
import { findStoredMail } from './find-mail.ts'
import { fromMemory, ingestSafely, isStorageUnavailable } from './ingest-safely.ts'
import { MemoryHistory } from './memory-history.ts'
import { autoLabelRelay, type AutoLabelled } from './auto-label.ts'
import { openInTabs, pushVerdicts, rememberTab, scanInTabs } from './tabs.ts'
import { tellStorageFull, tellStorageUnavailable, updateWaveNotices } from './notices.ts'
import { STORAGE_DEADLINE_MS, StorageGate, isTimeout, withDeadline } from './storage-deadline.ts'
import { ViewCache } from './view-cache.ts'
import { createWaveHandlers, type PopupViewAnswer, type PublishSummary } from './wave-handlers.ts'
import type { MailRow, Verdict } from '../core/types.ts'

/** Messages that only read: every other one may write, and empties the popup's view cache. */
const READS = new Set<keyof Handlers>([
  'popup.view',
  'stats.domains',
  'stats.brands',
  'actions.recent',
  'wave.describe',
  'message.find',
  'link.domain',
])
const DAY_MS = 24 * 60 * 60 * 1000
/** How long a computed popup view may answer: its times and "under way" move with the clock. */
const VIEW_MAX_AGE_MS = 20_000
/** Quiet time after a write before the popup's view is computed ahead. */
const VIEW_AHEAD_MS = 400

/**
 * `publish` keeps the summary of the account the popup opens on where the popup reads it first
 * (session storage); it is called after every fresh computation of that view.
 */
export function createHandlers(
  getDb: () => Promise<Database>,
  clock: () => number,
  getSettings: () => Promise<Settings> = async () => DEFAULT_SETTINGS,
  storageDeadlineMs = STORAGE_DEADLINE_MS,
  publish: PublishSummary = async () => {},
): Handlers {
  const views = new ViewCache<PopupViewAnswer>(VIEW_MAX_AGE_MS)
  const gate = new StorageGate(storageDeadlineMs)
  const handlers = createUncachedHandlers(getDb, clock, getSettings, views, gate, publish)
  let ahead: ReturnType<typeof setTimeout> | undefined
  const computeAhead = () => {
    clearTimeout(ahead)
    ahead = setTimeout(
      () => void handlers['popup.view']({}, NO_SENDER).catch(() => {}),
      VIEW_AHEAD_MS,
    )
  }
  for (const name of Object.keys(handlers) as (keyof Handlers)[]) {
    if (READS.has(name)) continue
    const handle = handlers[name] as (request: unknown, sender: Sender) => Promise<unknown>
    ;(handlers as Record<string, unknown>)[name] = async (request: unknown, sender: Sender) => {
      views.clear()
      try {
        return await handle(request, sender)
      } finally {
        views.clear()
        // Every write may change the wave: the view and its published summary are redone.
        computeAhead()
      }
    }
  }
  return handlers
}

// The worker itself asks, as an extension page would.
const NO_SENDER: Sender = { kind: 'extension-page', tabId: null }

function createUncachedHandlers(
  getDb: () => Promise<Database>,
  clock: () => number,
  getSettings: () => Promise<Settings>,
  views: ViewCache<PopupViewAnswer>,
  gate: StorageGate,
  publish: PublishSummary,
): Handlers {
  const memory = new MemoryHistory()
  const autoLabelled: AutoLabelled = new Map()
  const answerFromMemory = async (
    batch: RequestOf<'rows.ingest'>,
    now: number,
    settings: Settings,
  ): Promise<ResponseOf<'rows.ingest'>> => {
    await tellStorageUnavailable(now)
    const { verdicts, stored, rejected } = fromMemory(memory, batch, {
      thresholds: settings.thresholds,
      allowedBrands: settings.allowedBrands,
    })
    return { verdicts, stored, rejected }
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
      const db = await withDeadline(getDb(), gate.deadlineMs).catch((error: unknown) => {
        if (isTimeout(error)) gate.hung(now)
        return null
      })
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
    ...createWaveHandlers(getDb, clock, getSettings, views, publish),
    'stats.domains': async (request) => {
      const counts = await countByDomain(await getDb(), request.account)
      const domains = [...counts.byDomain]
        .map(([domain, count]) => ({ domain, count }))
        .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain))
      return { total: counts.total, accounts: counts.accounts, domains }
    },
    'message.find': async (request) => findStoredMail(await getDb(), request, clock()),
    'link.domain': async ({ host }) => ({ domain: siteDomain(host) }),
    'message.open': async ({ account, id }) => ({ opened: await openInTabs(account, id) }),
    'folder.scan': async ({ account, window }) => scanInTabs(account, window),
    'data.clear': async () => {
      await clearAll(await getDb())
      memory.clear()
      // What the worker keeps in storage.session (open tabs per account, notice times) goes too.
      await clearSession()
      // autoLabelled stays: the labels are still in the webmail, and pressing one again removes it.
      await updateWaveNotices(await getDb(), clock(), false).catch(() => {})
      return { cleared: true }
    },
    'stats.brands': async ({ account, from, to }) => ({
      brands: await brandHistory(await getDb(), account, from, to),
    }),
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
