// The shared content-script loop: observe the list -> read rows -> ask the background -> mark rows.
// A verdict belongs to a message id, never to an element: webmail lists recycle row elements, so
// every pass reads each element's id again and applies the verdict known for that id.
import type { MailRow, Verdict } from '../core/types.ts'
import type { BackgroundClient } from '../messaging/client.ts'
import { INGEST_BATCH_SIZE } from '../messaging/protocol.ts'
import type { SelectorError } from './dom/selector-error.ts'
import type { OpenedView } from './opened-view.ts'
import type { RowView } from './row-view.ts'
import { VERDICT_ATTRIBUTE, type WebmailAdapter } from './webmail/adapter.ts'

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

/** Retry delays after a failed request, in ms: the worker may have been killed mid-request. */
export const RETRY_DELAYS_MS = [50, 100, 250, 500, 1_000, 2_000, 4_000] as const

export interface Runner {
  scan: () => void
  flushed: () => Promise<void>
  /** Verdicts the background changed after the fact, for this page's account. */
  apply: (account: string, verdicts: Record<string, Verdict>) => void
  /** Ids of rows known to be relay in the given wave. */
  waveMembers: (waveId: string) => string[]
}

export function startRunner(deps: RunnerDeps): Runner {
  const verdicts = new Map<string, Verdict>()
  const pending = new Map<string, MailRow>()
  // Ids the background answered without a verdict (a malformed row, an account switched off):
  // never sent again, or every mutation would send them once more.
  const unanswered = new Set<string>()
  const reported = new Set<string>()
  let flushing: Promise<void> | null = null
  const rows = deps.rows ?? attributeOnly()

  const report = (error: SelectorError | null) => {
    if (!error || reported.has(error.selectorName)) return
    reported.add(error.selectorName)
    deps.onUnreadable?.(error)
  }
  const unreadable = (element: Element) => report(deps.adapter.diagnose(element))

  const scan = () => {
    if (deps.signal.aborted || !deps.alive()) return
    const account = deps.adapter.account(deps.doc)
    if (!account) return
    const context = { account, now: deps.clock() }
    const elements = deps.adapter.rowElements(deps.doc)
    if (elements.length === 0) report(deps.adapter.diagnosePage(deps.doc))
    for (const element of elements) {
      // Runs on every list mutation: known rows cost one id lookup; only new rows are read whole.
      const id = deps.adapter.rowId(element)
      if (id === null) {
        unreadable(element)
        continue
      }
      if (unanswered.has(id) || pending.has(id)) continue
      const verdict = verdicts.get(id)
      if (verdict) {
        rows.decorate(element, id, verdict)
        continue
      }
      const row = deps.adapter.readRow(element, context)
      if (row) pending.set(row.id, row)
      else unreadable(element)
    }
    const opened = deps.adapter.openedMessages(deps.doc)
    for (const message of opened) {
      if (verdicts.has(message.id) || pending.has(message.id) || unanswered.has(message.id))
        continue
      const row = message.read(context)
      if (row) pending.set(row.id, row)
    }
    deps.opened?.sync(opened, (id) => verdicts.get(id))
    if (pending.size > 0) flushing ??= flush().finally(() => (flushing = null))
  }

  const flush = async () => {
    let failures = 0
    while (pending.size > 0 && !deps.signal.aborted) {
      const batch = [...pending.values()].slice(0, INGEST_BATCH_SIZE)
      try {
        const answer = await deps.request('rows.ingest', { rows: batch })
        for (const [id, verdict] of Object.entries(answer.verdicts)) verdicts.set(id, verdict)
        for (const row of batch) {
          pending.delete(row.id)
          if (!verdicts.has(row.id)) unanswered.add(row.id)
        }
        failures = 0
        scan()
      } catch {
        if (!deps.alive()) return
        // Rows stay pending until the background has stored them: a retry is safe because the
        // background keys rows by (account, id).
        await delay(RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)]!)
      }
    }
  }

  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnChange)) scheduleScan()
  })
  let scheduled = false
  const scheduleScan = () => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      scan()
    })
  }
  observer.observe(deps.doc.body, { childList: true, subtree: true, characterData: true })
  deps.signal.addEventListener('abort', () => observer.disconnect(), { once: true })
  scan()
  return {
    scan,
    flushed: () => flushing ?? Promise.resolve(),
    apply(account, changed) {
      if (account !== deps.adapter.account(deps.doc)) return
      for (const [id, verdict] of Object.entries(changed)) verdicts.set(id, verdict)
      scan()
    },
    waveMembers: (waveId) =>
      [...verdicts]
        .filter(([, verdict]) => verdict.waveId === waveId && verdict.verdict === 'relay')
        .map(([id]) => id),
  }
}

/**
 * Relay Shield adding its own `relay-shield-*` elements (markers, banners, dialogs) needs no new
 * scan; anything removed does, so a marker or banner the page took away comes back.
 */
function isOwnChange(record: MutationRecord): boolean {
  return (
    record.type === 'childList' &&
    record.removedNodes.length === 0 &&
    [...record.addedNodes].every((node) => node.nodeName.startsWith('RELAY-SHIELD-'))
  )
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

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
