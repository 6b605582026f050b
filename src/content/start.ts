// Starts one content script per page. A content script injected again (extension update or
// reload) takes over: the page records the newest instance and older ones stop themselves and
// take their marks, banners and listeners with them.
import type { Settings } from '../core/settings.ts'
import type { ScanWindow } from '../messaging/protocol.ts'
import { loadSettings } from '../platform/settings.ts'
import { createClient } from '../messaging/client.ts'
import {
  extensionContextAlive,
  localizedMessage,
  onExtensionMessage,
  sendToBackground,
} from '../platform/browser.ts'
import { dispatchFromBackground, type ContentHandlers } from './messages/background-listener.ts'
import { installMarksStyle, removeMarksStyle } from './ui/marks-style.ts'
import { createOpenedView } from './opened/opened-view.ts'
import { createProgressReporter } from './actions/action-progress.ts'
import { scanFolder } from './list/folder-scan.ts'
import { createPageActions } from './actions/page-actions.ts'
import { watchUserActivity } from './actions/user-activity.ts'
import { createRowView } from './list/row-view.ts'
import { startRunner, type Runner } from './list/runner.ts'
import { bannerActions } from './opened/banner-actions.ts'
import { installLinkGuard } from './opened/link-guard.ts'
import { domainNamer } from './opened/links/domain-namer.ts'
import type { WebmailAdapter } from './webmail/adapter.ts'
import { removeDecorations } from './ui/cleanup.ts'
import { reportUnreadable } from './list/unreadable.ts'
import type { SelectorError } from './dom/selector-error.ts'
import { unreachedViews } from './actions/unreached-views.ts'

const INSTANCE_ATTRIBUTE = 'data-relay-shield-instance'

export function startContentScript(adapter: WebmailAdapter): void {
  const doc = document
  const instance = Math.random().toString(36).slice(2)
  const afterEarlierInstance = doc.documentElement.hasAttribute(INSTANCE_ATTRIBUTE)
  doc.documentElement.setAttribute(INSTANCE_ATTRIBUTE, instance)
  const controller = new AbortController()
  const alive = () => {
    const current = doc.documentElement.getAttribute(INSTANCE_ATTRIBUTE) === instance
    const ok = current && extensionContextAlive()
    if (!ok) controller.abort()
    return ok
  }
  const request = createClient((message) => {
    if (!alive()) return Promise.reject(new Error('extension context gone'))
    return sendToBackground(message)
  })
  void loadSettings().then(({ effective }) => {
    if (!controller.signal.aborted) run(adapter, effective)
  })

  function run(adapter: WebmailAdapter, settings: Settings): void {
    const texts = localizedMessage
    const signal = controller.signal
    installMarksStyle(doc)
    installLinkGuard(doc, texts, signal, domainNamer(request), afterEarlierInstance)
    let runner: Runner | null = null
    const unreadable = (error: SelectorError) => reportUnreadable(doc, texts, error)
    const rows = createRowView(doc, adapter, texts, settings.relayRows, (ids) =>
      runner?.refresh(ids),
    )
    const account = () => adapter.account(doc) ?? ''
    const opened = createOpenedView({
      doc,
      texts,
      describe: async (id) => (await request('wave.describe', { account: account(), id })).wave,
      actions: (id, verdict) => {
        const { report, ...others } = bannerActions({
          doc,
          adapter,
          texts,
          rows,
          request,
          account,
          id,
          verdict,
          runner: () => runner,
        })
        // An administrator may have turned reporting off: the banner then offers no report.
        return settings.reportingAllowed ? { report, ...others } : others
      },
    })
    runner = startRunner({
      adapter,
      doc,
      request,
      clock: Date.now,
      alive,
      signal,
      rows,
      opened,
      onUnreadable: unreadable,
    })
    const progress = createProgressReporter((report) => request('actions.progress', report))
    const activity = watchUserActivity(
      doc,
      {
        inRow: (element) => adapter.rowsAround(element, false).length > 0,
        ticked: () => adapter.hasTickedRows(doc),
      },
      signal,
    )
    const viewsNotReached = unreachedViews()
    const actions = createPageActions({
      doc,
      adapter,
      rows,
      texts,
      activity,
      progress: progress.report,
      unreached: (actionId, view) => viewsNotReached.add(actionId, view),
      drift: unreadable,
    })
    // Each page answers for its own account, and only a page that lists mail scans or opens it
    // (Gmail's print view does not).
    const ours = (account: string) =>
      account === adapter.account(doc) && adapter.showsLists?.(doc) !== false
    const handlers: ContentHandlers = {
      'verdicts.update': (update) => void runner?.apply(update.account, update.verdicts),
      'folder.scan': (scan) =>
        ours(scan.account) ? scanThisFolder(scan.window) : Promise.resolve({ rows: 0 }),
      'message.open': (open) =>
        ours(open.account)
          ? adapter.openMessage(doc, open.id).then((opened) => ({ opened }))
          : Promise.resolve({ opened: false }),
      'actions.run': (action) =>
        actions(action).then(
          (results) => results && { results, ...viewsNotReached.take(action.actionId) },
        ),
    }
    onExtensionMessage((message) =>
      signal.aborted ? undefined : dispatchFromBackground(message, handlers),
    )
    async function scanThisFolder(window?: ScanWindow): Promise<{ rows: number }> {
      if (window && adapter.scanWindow) {
        const read = async () => runner?.flushed()
        return adapter.scanWindow(doc, window, read, signal)
      }
      // Each view of the list (Outlook's Focused and Other) is walked, its rows read before the
      // next view replaces them.
      const seen = new Set<string>()
      let rows = 0
      const walk = async () => {
        const scanned = await scanFolder(
          {
            list: adapter.scrollingList(doc),
            renderedIds: () => adapter.rowElements(doc).flatMap((row) => adapter.rowId(row) ?? []),
            signal,
          },
          seen,
        )
        rows = Math.max(rows, scanned.rows)
        await runner?.flushed()
      }
      if (adapter.inEachView) await adapter.inEachView(doc, walk, { drift: unreadable })
      else await walk()
      return { rows }
    }
    signal.addEventListener(
      'abort',
      () => {
        opened.clear()
        removeDecorations(doc)
        removeMarksStyle(doc)
      },
      { once: true },
    )
  }
}
