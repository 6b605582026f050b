// What every message handler of the worker may use. Built once per worker life by handlers.ts;
// whatever lives here in memory may be lost at any moment and is only ever a shortcut.
import type { Settings } from '../../core/settings.ts'
import type { PopupSummary } from '../../core/views/popup-summary.ts'
import type { Handlers } from '../../messaging/router.ts'
import type { Database } from '../../storage/db.ts'
import type { AutoLabelled } from '../auto-label.ts'
import type { MemoryHistory } from '../memory-history.ts'
import type { StorageGate } from '../storage-deadline.ts'
import type { ViewCache } from '../view-cache.ts'

export type PopupViewAnswer = Awaited<ReturnType<Handlers['popup.view']>>
export type PublishSummary = (summary: PopupSummary) => Promise<void>

export interface HandlerContext {
  getDb: () => Promise<Database>
  clock: () => number
  getSettings: () => Promise<Settings>
  /** The popup's view computed ahead; every write empties it. */
  views: ViewCache<PopupViewAnswer>
  /** Keeps the summary of the popup's first view where the popup reads it first. */
  publish: PublishSummary
  /** Storage that hangs is skipped for a while, and rows are judged against memory meanwhile. */
  gate: StorageGate
  memory: MemoryHistory
  /** Mails this worker has seen carry the automatic label. */
  autoLabelled: AutoLabelled
}
