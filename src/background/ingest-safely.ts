// A full disk never costs the page its verdicts: on QuotaExceededError the worker prunes rows down
// to the last EMERGENCY_RETENTION_MS (the user's trust, auto-label claims, logged actions and
// expected tickets stay), tells the user, and tries once more; if storing still fails,
// it answers from the rows it holds in memory and stores nothing.
import type { Thresholds } from '../core/wave/thresholds.ts'
import type { RequestOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { ROW_RETENTION_MS, prune, type Pruned } from '../storage/retention.ts'
import { storedWaveCompanies } from '../storage/waves-repo.ts'
import { ingestRows } from './ingest.ts'
import type { JudgeContext } from './judge.ts'
import type { MemoryHistory } from './memory-history.ts'
import { DAY_MS } from '../core/time.ts'

export const EMERGENCY_RETENTION_MS = 7 * DAY_MS

type Ingested = Awaited<ReturnType<typeof ingestRows>>

export async function ingestSafely(
  db: Database,
  request: RequestOf<'rows.ingest'>,
  now: number,
  thresholds: Thresholds,
  onStorageFull: (pruned: Pruned, stored: boolean) => Promise<void>,
  memory: MemoryHistory,
  allowedBrands: readonly string[] = [],
  /** The user's retention: the emergency prune keeps their decisions this long. */
  retentionMs = ROW_RETENTION_MS,
): Promise<Ingested> {
  try {
    return await ingestRows(db, request, now, thresholds, allowedBrands)
  } catch (error) {
    if (!isQuotaError(error)) throw error
  }
  const pruned = await prune(db, now, EMERGENCY_RETENTION_MS, retentionMs).catch(() => ({
    messages: 0,
    waves: 0,
    other: 0,
  }))
  try {
    const answer = await ingestRows(db, request, now, thresholds, allowedBrands)
    await onStorageFull(pruned, true)
    return answer
  } catch (error) {
    if (!isQuotaError(error)) throw error
    await onStorageFull(pruned, false)
    await recallWaveCompanies(db, memory, request)
    return fromMemory(memory, request, { thresholds, allowedBrands })
  }
}

/**
 * A full disk still reads: the companies of the stored waves are handed to the memory, so a
 * company of an earlier wave is not taken for a sender the inbox knows (core known-sender.ts).
 */
async function recallWaveCompanies(
  db: Database,
  memory: MemoryHistory,
  request: RequestOf<'rows.ingest'>,
): Promise<void> {
  for (const account of new Set(request.rows.map((row) => row.account))) {
    const brands = await storedWaveCompanies(db, account).catch(() => [])
    memory.rememberWaveCompanies(account, brands)
  }
}

/** The answer when nothing can be stored: verdicts from the rows held in memory. */
export function fromMemory(
  memory: MemoryHistory,
  request: RequestOf<'rows.ingest'>,
  context: JudgeContext,
): Ingested {
  const verdicts = memory.classify(request.rows, context)
  return { verdicts, stored: 0, rejected: request.rejected ?? 0, waves: [] }
}

/**
 * IndexedDB itself cannot be used: it failed to open (private window, broken profile, a newer
 * version's database) or a request failed with a DOMException other than a full disk. Errors of
 * Relay Shield's own code are not this and still surface.
 */
export function isStorageUnavailable(error: unknown): boolean {
  return typeof DOMException !== 'undefined' && error instanceof DOMException
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return (
    name === 'QuotaExceededError' ||
    (name === 'AbortError' && /quota/iu.test(String((error as Error).message)))
  )
}
