// Rows read from the page wait here until the background has stored them and answered with their
// verdicts. One flush at a time sends them in bounded batches; a failed request is retried after
// a growing delay (the worker may have been killed mid-request), and stops at once when the
// content script stops.
import type { MailRow, Verdict } from '../../core/types.ts'
import type { BackgroundClient } from '../../messaging/client.ts'
import { MAX_INGEST_ROWS } from '../../messaging/protocol.ts'

/** Retry delays after a failed request, in ms. */
export const RETRY_DELAYS_MS = [50, 100, 250, 500, 1_000, 2_000, 4_000] as const

export interface IngestAnswer {
  verdicts: Record<string, Verdict>
  /** Rows the background stored for the first time. */
  stored: number
}

export interface IngestQueue {
  add: (row: MailRow) => void
  /** Read and not yet answered. */
  isPending: (id: string) => boolean
  /** Answered without a verdict (a malformed row, an account switched off): never sent again. */
  isUnanswered: (id: string) => boolean
  size: () => number
  /** Starts sending the pending rows, unless a flush is already under way. */
  flush: () => void
  /** The flush under way, if any. */
  flushing: () => Promise<void> | null
}

export function createIngestQueue(deps: {
  request: BackgroundClient
  signal: AbortSignal
  alive: () => boolean
  /** Keeps the verdicts of an answer, before anything else looks at them. */
  record: (verdicts: Record<string, Verdict>) => void
  /** Whether a verdict is known for this id (from this answer or an earlier one). */
  known: (id: string) => boolean
  /** Called once the answer's rows left the queue. */
  answered: (answer: IngestAnswer) => void
}): IngestQueue {
  const pending = new Map<string, MailRow>()
  const unanswered = new Set<string>()
  let flushing: Promise<void> | null = null

  const sendAll = async () => {
    let failures = 0
    while (pending.size > 0 && !deps.signal.aborted) {
      const batch = [...take(pending.values(), MAX_INGEST_ROWS)]
      try {
        const answer = await deps.request('rows.ingest', { rows: batch })
        deps.record(answer.verdicts)
        for (const row of batch) {
          pending.delete(row.id)
          if (!deps.known(row.id)) unanswered.add(row.id)
        }
        failures = 0
        deps.answered(answer)
      } catch {
        if (!deps.alive()) return
        // Rows stay pending until the background has stored them: a retry is safe because the
        // background keys rows by (account, id).
        const wait = RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)]!
        await delay(wait, deps.signal)
      }
    }
  }

  return {
    add: (row) => void pending.set(row.id, row),
    isPending: (id) => pending.has(id),
    isUnanswered: (id) => unanswered.has(id),
    size: () => pending.size,
    flush() {
      if (pending.size > 0) flushing ??= sendAll().finally(() => (flushing = null))
    },
    flushing: () => flushing,
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

/** Waits `ms`, or less when the signal aborts meanwhile. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}
