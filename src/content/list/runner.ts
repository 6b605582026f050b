// The shared content-script loop: observe the list -> read rows -> ask the background -> mark rows.
// A verdict belongs to a message id, never to an element: webmail lists recycle row elements, so
// every pass reads each element's id again and applies the verdict known for that id.
import type { Verdict } from '../../core/types.ts'
import type { BackgroundClient } from '../../messaging/client.ts'
import { INGEST_BATCH_SIZE } from '../../messaging/protocol.ts'
import type { SelectorError } from '../dom/selector-error.ts'
import type { OpenedView } from '../opened/opened-view.ts'
import { createOpenedIdentity } from '../opened/opened-identity.ts'
import type { RowView } from './row-view.ts'
import { createIngestQueue } from './ingest-queue.ts'
import { watchList } from './list-watch.ts'
import { pendingWork } from './pending-work.ts'
import { MAX_REMEMBERED_ROWS, createRowMemory } from './row-memory.ts'
import { scanState } from './scan-state.ts'
import { inSlices } from './slices.ts'
import { VERDICT_ATTRIBUTE, type ReadContext, type WebmailAdapter } from '../webmail/adapter.ts'

export interface RunnerDeps {
  adapter: WebmailAdapter
  doc: Document
  request: BackgroundClient
  clock: () => number
  /** False once the extension was reloaded or removed: the runner then stops for good. */
  alive: () => boolean
  signal: AbortSignal
  /** How verdicts look on rows; by default only the verdict attribute is set. */
  rows?: RowView
  opened?: OpenedView
  /** Called once per selector that stopped matching: the page changed its markup. */
  onUnreadable?: (error: SelectorError) => void
}

export interface Runner {
  scan: () => void
  /** Puts the view on these rows again (hidden or shown), where they were seen. */
  refresh: (ids: readonly string[]) => void
  flushed: () => Promise<void>
  /** Verdicts the background changed after the fact, for this page's account. */
  apply: (account: string, verdicts: Record<string, Verdict>) => void
  /** Ids of rows known to be relay in the given wave. */
  waveMembers: (waveId: string) => string[]
}

export function startRunner(deps: RunnerDeps): Runner {
  const verdicts = new Map<string, Verdict>()
  const reported = new Set<string>()
  const rows = deps.rows ?? attributeOnly()
  const memory = createRowMemory((element) => deps.adapter.rowId(element))
  const scans = scanState()
  const identity = createOpenedIdentity({
    find: (account, shown) => deps.request('message.find', { account, ...shown }),
    found: (id, verdict) => {
      if (verdict && !verdicts.has(id)) verdicts.set(id, verdict)
      scans.soon(runScan)
    },
    most: MAX_REMEMBERED_ROWS,
  })
  const queue = createIngestQueue({
    request: deps.request,
    signal: deps.signal,
    alive: deps.alive,
    record: (answered) => {
      for (const [id, verdict] of Object.entries(answered)) verdicts.set(id, verdict)
    },
    known: (id) => verdicts.has(id),
    answered: (answer) => {
      if (answer.stored > 0) identity.forgetMisses()
      // An answer may re-label rows of earlier batches (a wave recognised after the fact).
      markAnswered(Object.keys(answer.verdicts))
    },
  })
  const waiting = (id: string) => queue.isPending(id) || queue.isUnanswered(id)

  const report = (error: SelectorError | null) => {
    if (!error || reported.has(error.selectorName)) return
    reported.add(error.selectorName)
    deps.onUnreadable?.(error)
  }
  const unreadable = (element: Element) => report(deps.adapter.diagnose(element))

  const visit = (element: Element, context: ReadContext) => {
    // Runs on every list mutation: known rows cost one id lookup; only new rows are read whole.
    const id = deps.adapter.rowId(element)
    if (id === null) return unreadable(element)
    memory.remember(id, element)
    if (waiting(id)) return
    const verdict = verdicts.get(id)
    if (verdict) return rows.decorate(element, id, verdict)
    const row = deps.adapter.readRow(element, context)
    if (!row) return unreadable(element)
    identity.remember(row)
    queue.add(row)
    // Long lists are sent while they are still being read.
    if (queue.size() >= INGEST_BATCH_SIZE) queue.flush()
  }

  // Looking for opened messages walks the page. When none was shown and nothing but list rows
  // changed since, none can be shown now; the walk is skipped (it is the costliest part of
  // keeping up with a flood of new rows).
  let openedMayHaveChanged = true
  let openedShown = 0
  const syncOpened = (context: ReadContext) => {
    if (!openedMayHaveChanged && openedShown === 0) return
    openedMayHaveChanged = false
    const found = deps.adapter.openedMessages(deps.doc)
    openedShown = found.length
    // A pane not recognised still gets its warning at the best guess, and says so once.
    for (const message of found) report(message.drift ?? null)
    const opened = identity.identify(found, context)
    for (const message of opened) {
      if (verdicts.has(message.id) || waiting(message.id)) continue
      const row = message.read(context)
      if (row) queue.add(row)
    }
    // A message sent for its verdict (or about to be) holds its links until the answer.
    deps.opened?.sync(
      opened,
      (id) => verdicts.get(id),
      (id) => queue.isPending(id),
    )
  }

  const changes = watchList(deps.doc, deps.adapter, deps.signal, (outsideRows) => {
    if (outsideRows) openedMayHaveChanged = true
    // A scan visits the touched rows and looks at the opened messages (a change outside the list
    // may be a conversation being opened). Not in this callback: it runs inside the page's own
    // task, which may already be long.
    scans.soon(runScan)
  })

  // What the next scan visits: every row (at start, after verdicts changed, when rows moved), or
  // only the rows list changes touched since the last scan.
  let everyRow = true
  const rowsToVisit = (): Element[] => {
    if (!everyRow) return changes.takeTouched()
    everyRow = false
    changes.forgetTouched()
    const elements = deps.adapter.rowElements(deps.doc)
    if (elements.length === 0) report(deps.adapter.diagnosePage(deps.doc))
    return elements
  }

  const runScan = () => {
    if (deps.signal.aborted || !deps.alive()) return
    if (!scans.begin()) return
    const account = deps.adapter.account(deps.doc)
    if (!account) return scans.end(runScan)
    // Where the list is now (Outlook's folder and view): read once per scan, not per row.
    const context = { account, now: deps.clock(), place: deps.adapter.place?.(deps.doc) ?? null }
    const walked = everyRow
    const items = rowsToVisit()
    // A walk over every row of a long list already filled this task: the rows are visited from
    // the next one on.
    if (walked) setTimeout(() => visitAll(items, context), 0)
    else visitAll(items, context)
  }
  const visitAll = (items: Element[], context: ReadContext) => {
    inSlices(
      items,
      (element) => visit(element, context),
      () => {
        if (!deps.signal.aborted) {
          syncOpened(context)
          queue.flush()
        }
        scans.end(runScan)
      },
      { cancelled: () => deps.signal.aborted },
    )
  }
  /** A scan of every row, at once (or right after the running one). */
  const scan = () => {
    everyRow = true
    runScan()
  }

  /**
   * Marks the rows whose verdicts an answer gave (the batch, and earlier rows it re-labelled)
   * where they were last seen. A row no longer there (moved, recycled) needs a scan of every row;
   * an id never shown in this page needs nothing.
   */
  // Markings still going through their slices: a flush is over once its rows are marked.
  const markings = pendingWork()
  const markAnswered = (ids: readonly string[]) => {
    markings.start()
    let moved = false
    const mark = (id: string) => {
      const verdict = verdicts.get(id)
      const shown = verdict && memory.showing(id)
      if (!verdict || !shown) return
      if (shown === 'moved') moved = true
      else rows.decorate(shown, id, verdict)
    }
    const finish = () => {
      if (deps.signal.aborted) return
      const account = deps.adapter.account(deps.doc)
      if (account) syncOpened({ account, now: deps.clock() })
      if (moved) {
        everyRow = true
        scans.soon(runScan)
      }
    }
    const finishAndSettle = () => {
      try {
        finish()
      } finally {
        markings.end()
      }
    }
    inSlices(ids, mark, finishAndSettle, { cancelled: () => deps.signal.aborted })
  }

  // The first scan gets a task of its own: on a page of thousands of rows, the start of the
  // script (the link guard's walk over the page) already took part of this one.
  scans.soon(runScan)
  return {
    scan,
    async flushed() {
      for (;;) {
        const busy = scans.finished() ?? queue.flushing() ?? markings.idle()
        if (!scans.running() && !queue.flushing() && !markings.busy()) return
        await busy
      }
    },
    refresh: (ids) => markAnswered(ids),
    apply(account, changed) {
      if (account !== deps.adapter.account(deps.doc)) return
      for (const [id, verdict] of Object.entries(changed)) verdicts.set(id, verdict)
      // Only the changed rows are marked again, where they were seen: a wave recognised after
      // the fact re-labels many rows, and walking the whole list for them is a long task.
      markAnswered(Object.keys(changed))
    },
    waveMembers: (waveId) =>
      [...verdicts]
        .filter(([, verdict]) => verdict.waveId === waveId && verdict.verdict === 'relay')
        .map(([id]) => id),
  }
}

function attributeOnly(): RowView {
  return {
    decorate: (element, _id, verdict) => {
      if (element.getAttribute(VERDICT_ATTRIBUTE) !== verdict.verdict)
        element.setAttribute(VERDICT_ATTRIBUTE, verdict.verdict)
    },
    hide: () => {},
    unhide: () => {},
  }
}
