// The background's handler for every message in the protocol, one file per message namespace
// (handlers/). What it keeps in memory can be lost at any moment: the popup's view computed ahead,
// the mails already labelled, a history used only while storage is unavailable.
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts'
import type { Handlers, Sender } from '../messaging/router.ts'
import type { Database } from '../storage/db.ts'
import { MemoryHistory } from './memory-history.ts'
import { STORAGE_DEADLINE_MS, StorageGate } from './storage-deadline.ts'
import { ViewCache } from './view-cache.ts'
import { invalidatingWrites } from './view-invalidation.ts'
import type { HandlerContext, PopupViewAnswer, PublishSummary } from './handlers/context.ts'
import { actionsHandlers } from './handlers/actions.ts'
import { dataHandlers } from './handlers/data.ts'
import { folderHandlers } from './handlers/folder.ts'
import { linkHandlers } from './handlers/link.ts'
import { messageHandlers } from './handlers/message.ts'
import { popupHandlers } from './handlers/popup.ts'
import { rowsHandlers } from './handlers/rows.ts'
import { statsHandlers } from './handlers/stats.ts'
import { ticketHandlers } from './handlers/ticket.ts'
import { waveHandlers } from './handlers/wave.ts'

/** How long a computed popup view may answer: its times and "under way" move with the clock. */
const VIEW_MAX_AGE_MS = 20_000
/** Quiet time after a write before the popup's view is computed ahead. */
const VIEW_AHEAD_MS = 400

// The worker itself asks, as an extension page would.
const NO_SENDER: Sender = { kind: 'extension-page', tabId: null }

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
  const context: HandlerContext = {
    getDb,
    clock,
    getSettings,
    publish,
    views: new ViewCache<PopupViewAnswer>(VIEW_MAX_AGE_MS),
    gate: new StorageGate(storageDeadlineMs),
    memory: new MemoryHistory(),
    autoLabelled: new Map(),
  }
  const handlers: Handlers = {
    ...rowsHandlers(context),
    ...waveHandlers(context),
    ...messageHandlers(context),
    ...linkHandlers(),
    ...folderHandlers(),
    ...ticketHandlers(context),
    ...actionsHandlers(context),
    ...dataHandlers(context),
    ...popupHandlers(context),
    ...statsHandlers(context),
  }
  let ahead: ReturnType<typeof setTimeout> | undefined
  const computeAhead = () => {
    clearTimeout(ahead)
    ahead = setTimeout(
      () => void handlers['popup.view']({}, NO_SENDER).catch(() => {}),
      VIEW_AHEAD_MS,
    )
  }
  return invalidatingWrites(handlers, { clear: () => context.views.clear(), written: computeAhead })
}
