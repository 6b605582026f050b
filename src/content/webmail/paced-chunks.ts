// The one paced runner behind every bulk action, in every webmail: the mails are acted on in
// chunks of ACTION_CHUNK, with ACTION_PACE_MS between chunks (so a wave of hundreds is not cleared
// at machine speed: mass actions may make the webmail take the user for a bot), the results kept
// per message and reported after every chunk. Where the mails are and how a chunk is acted on
// (selection and commands) is each webmail's own. The automatic label's wait for an idle user
// (actions/automatic-actions.ts) hands it one chunk at a time, with the same chunk size and pause.
import type { ActionResults } from '../../messaging/protocol.ts'
import { ACTION_CHUNK, ACTION_PACE_MS, type ActionRequest } from './adapter.ts'

export interface PacedChunks {
  /** Every result so far, per message id. */
  readonly results: ActionResults
  /** The requested ids without a result yet, in request order. */
  todo: () => string[]
  /**
   * Acts on the next chunk of the ids `available` picks from `todo()` (those the page shows now),
   * after the pace's pause when a chunk ran before. The chunk's results, or null when none was
   * available.
   */
  next: (available: (todo: string[]) => string[]) => Promise<ActionResults | null>
  /** Results reached another way (one bulk selection of every match), reported as progress. */
  record: (outcome: ActionResults) => void
}

export function pacedChunks(
  doc: Document,
  request: Pick<ActionRequest, 'ids' | 'onProgress'>,
  act: (chunk: string[]) => Promise<ActionResults>,
): PacedChunks {
  const results: ActionResults = {}
  const ids = [...new Set(request.ids)]
  let chunks = 0
  const todo = () => ids.filter((id) => !(id in results))
  return {
    results,
    todo,
    async next(available) {
      const chunk = available(todo()).slice(0, ACTION_CHUNK)
      if (chunk.length === 0) return null
      if (chunks++ > 0) await pause(doc, ACTION_PACE_MS)
      const outcome = await act(chunk)
      // A message the chunk did not answer for failed: it is never acted on twice.
      for (const id of chunk) results[id] = outcome[id] ?? 'failed'
      request.onProgress?.({ ...results })
      return outcome
    },
    record(outcome) {
      Object.assign(results, outcome)
      request.onProgress?.({ ...results })
    },
  }
}

/** Waits in the page's own timer (a content script's timers stop with its page). */
export function pause(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => (doc.defaultView ?? globalThis).setTimeout(resolve, ms))
}
