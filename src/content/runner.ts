// The shared content-script loop: observe the list -> read rows -> ask the background -> mark rows.
// A verdict belongs to a message id, never to an element: webmail lists recycle row elements, so
// every pass reads each element's id again and applies the verdict known for that id.
import type { MailRow, Verdict } from '../core/types.ts'
import type { BackgroundClient } from '../messaging/client.ts'
import { INGEST_BATCH_SIZE, MAX_INGEST_ROWS } from '../messaging/protocol.ts'
import type { SelectorError } from './dom/selector-error.ts'
import type { OpenedView } from './opened-view.ts'
import { createOpenedIdentity } from './opened-identity.ts'
import type { RowView } from './row-view.ts'
import { isOwnChange, touchedBy } from './list-changes.ts'
import { scanState } from './scan-state.ts'
import { inSlices } from './slices.ts'
import { VERDICT_ATTRIBUTE, type ReadContext, type WebmailAdapter } from './webmail/adapter.ts'

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

/** Ids whose element is remembered before disconnected ones are forgotten. */
const MAX_REMEMBERED_ROWS = 20_000

/** Retry delays after a failed request, in ms: the worker may have been killed mid-request. */
export const RETRY_DELAYS_MS = [50, 100, 250, 500, 1_000, 2_000, 4_000] as const

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
  const pending = new Map<string, MailRow>()
  // The element each id was last seen in, to mark a row as soon as its verdict arrives (or
  // changes) without walking the whole list again. Checked before use: rows are recycled.
  const shownIn = new Map<string, Element>()
  // Ids the background answered without a verdict (a malformed row, an account switched off):
  // never sent again, or every mutation would send them once more.
  const unanswered = new Set<string>()
  const reported = new Set<string>()
  let flushing: Promise<void> | null = null
  const rows = deps.rows ?? attributeOnly()
  const scans = scanState()
  const identity = createOpenedIdentity({
    find: (account, shown) => deps.request('message.find', { account, ...shown }),
    found: (id, verdict) => {
      if (verdict && !verdicts.has(id)) verdicts.set(id, verdict)
      scans.soon(runScan)
    },
    most: MAX_REMEMBERED_ROWS,
  })

  const report = (error: SelectorError | null) => {
    if (!error || reported.has(error.selectorName)) return
    reported.add(error.selectorName)
    deps.onUnreadable?.(error)
  }
  const unreadable = (element: Element) => report(deps.adapter.diagnose(element))
  const requestFlush = () => {
    if (pending.size > 0) flushing ??= flush().finally(() => (flushing = null))
  }

  const visit = (element: Element, context: ReadContext) => {
    // Runs on every list mutation: known rows cost one id lookup; only new rows are read whole.
    const id = deps.adapter.rowId(element)
    if (id === null) return unreadable(element)
    remember(id, element)
    if (unanswered.has(id) || pending.has(id)) return
    const verdict = verdicts.get(id)
    if (verdict) return rows.decorate(element, id, verdict)
    const row = deps.adapter.readRow(element, context)
    if (!row) return unreadable(element)
    identity.remember(row)
    pending.set(row.id, row)
    // Long lists are sent while they are still being read.
    if (pending.size >= INGEST_BATCH_SIZE) requestFlush()
  }

  const remember = (id: string, element: Element) => {
    shownIn.set(id, element)
    if (shownIn.size <= MAX_REMEMBERED_ROWS) return
    for (const [known, shown] of shownIn) if (!shown.isConnected) shownIn.delete(known)
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
      if (verdicts.has(message.id) || pending.has(message.id) || unanswered.has(message.id))
        continue
      const row = message.read(context)
      if (row) pending.set(row.id, row)
    }
    // A message sent for its verdict (or about to be) holds its links until the answer.
    deps.opened?.sync(
      opened,
      (id) => verdicts.get(id),
      (id) => pending.has(id),
    )
  }

  // What the next scan visits: every row (at start, after verdicts changed, when rows moved), or
  // only the rows list changes touched since the last scan.
  let everyRow = true
  const touched = new Set<Element>()
  const rowsToVisit = (): Element[] => {
    if (!everyRow) {
      const rows = [...touched].filter((row) => row.isConnected)
      touched.clear()
      return rows
    }
    everyRow = false
    touched.clear()
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
          requestFlush()
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
  const markAnswered = (ids: readonly string[]) => {
    let moved = false
    const mark = (id: string) => {
      const element = shownIn.get(id)
      const verdict = verdicts.get(id)
      if (!element || !verdict) return
      if (element.isConnected && deps.adapter.rowId(element) === id)
        rows.decorate(element, id, verdict)
      else moved = true
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
    inSlices(ids, mark, finish, { cancelled: () => deps.signal.aborted })
  }

  const flush = async () => {
    let failures = 0
    while (pending.size > 0 && !deps.signal.aborted) {
      const batch = [...take(pending.values(), MAX_INGEST_ROWS)]
      try {
        const answer = await deps.request('rows.ingest', { rows: batch })
        for (const [id, verdict] of Object.entries(answer.verdicts)) verdicts.set(id, verdict)
        for (const row of batch) {
          pending.delete(row.id)
          if (!verdicts.has(row.id)) unanswered.add(row.id)
        }
        failures = 0
        if (answer.stored > 0) identity.forgetMisses()
        // An answer may re-label rows of earlier batches (a wave recognised after the fact).
        markAnswered(Object.keys(answer.verdicts))
      } catch {
        if (!deps.alive()) return
        // Rows stay pending until the background has stored them: a retry is safe because the
        // background keys rows by (account, id).
        await delay(RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)]!)
      }
    }
  }

  const observer = new MutationObserver((records) => {
    const changes = records.filter((record) => !isOwnChange(record))
    for (const record of changes) {
      if (!touchedBy(record, deps.adapter, touched)) openedMayHaveChanged = true
    }
    // A scan visits the touched rows and looks at the opened messages (a change outside the list
    // may be a conversation being opened). Not in this callback: it runs inside the page's own
    // task, which may already be long.
    if (changes.length > 0) scans.soon(runScan)
  })
  observer.observe(deps.doc.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: [...deps.adapter.idAttributes],
  })
  deps.signal.addEventListener('abort', () => observer.disconnect(), { once: true })
  // The first scan gets a task of its own: on a page of thousands of rows, the start of the
  // script (the link guard's walk over the page) already took part of this one.
  scans.soon(runScan)
  return {
    scan,
    async flushed() {
      while (scans.running() || flushing) await (scans.finished() ?? flushing)
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

function* take<T>(items: Iterable<T>, most: number): Generator<T> {
  if (most <= 0) return
  let count = 0
  for (const item of items) {
    yield item
    if (++count >= most) return
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
