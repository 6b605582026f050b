// Browser storage that never answers: an open blocked by an older connection that does not let
// go, or a request the browser leaves pending (seen with broken profiles). The page must still get
// its verdicts, so storage work gets a deadline, after which the worker answers from memory and
// says so; for a while after, it does not wait again before answering.

/** How long one batch may wait for IndexedDB before it is judged from memory. */
export const STORAGE_DEADLINE_MS = 10_000
/** After a deadline passed, storage is tried again only this much later. */
export const STORAGE_RETRY_MS = 60_000

/**
 * What a storage deadline gives (`withDeadline`'s fallback, messaging/deadline.ts): a
 * TimeoutError DOMException, storage unavailable.
 */
export function storageTimedOut(): never {
  throw new DOMException('Browser storage did not answer in time.', 'TimeoutError')
}

export function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError'
}

/** Remembers that storage hung, so the next batches do not wait for it again at once. */
export class StorageGate {
  private hungAt = Number.NEGATIVE_INFINITY

  constructor(readonly deadlineMs = STORAGE_DEADLINE_MS) {}

  /** True while storage is skipped after it hung. */
  skipped(now: number): boolean {
    return now - this.hungAt < STORAGE_RETRY_MS
  }

  hung(now: number): void {
    this.hungAt = now
  }
}
