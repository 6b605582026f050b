// A full disk never costs the page its verdicts: on QuotaExceededError the worker prunes down to
// the last EMERGENCY_RETENTION_MS, tells the user, and tries once more; if storing still fails,
// it answers from the batch alone and stores nothing.
import { classify } from '../core/classify.ts'
import { extractFeatures } from '../core/features.ts'
import type { Thresholds } from '../core/thresholds.ts'
import type { Verdict } from '../core/types.ts'
import type { RequestOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { prune, type Pruned } from '../storage/retention.ts'
import { ingestRows } from './ingest.ts'

export const EMERGENCY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000

type Ingested = Awaited<ReturnType<typeof ingestRows>>

export async function ingestSafely(
  db: Database,
  request: RequestOf<'rows.ingest'>,
  now: number,
  thresholds: Thresholds,
  onStorageFull: (pruned: Pruned, stored: boolean) => Promise<void>,
): Promise<Ingested> {
  try {
    return await ingestRows(db, request, now, thresholds)
  } catch (error) {
    if (!isQuotaError(error)) throw error
  }
  const pruned = await prune(db, now, EMERGENCY_RETENTION_MS).catch(() => ({
    messages: 0,
    waves: 0,
    other: 0,
  }))
  try {
    const answer = await ingestRows(db, request, now, thresholds)
    await onStorageFull(pruned, true)
    return answer
  } catch (error) {
    if (!isQuotaError(error)) throw error
    await onStorageFull(pruned, false)
    return fromBatchAlone(request, thresholds)
  }
}

function fromBatchAlone(request: RequestOf<'rows.ingest'>, thresholds: Thresholds): Ingested {
  const result = classify(request.rows.map(extractFeatures), [], { thresholds })
  const verdicts: Record<string, Verdict> = Object.fromEntries(result.verdicts)
  return { verdicts, stored: 0, rejected: request.rejected ?? 0, waves: [] }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return (
    name === 'QuotaExceededError' ||
    (name === 'AbortError' && /quota/iu.test(String((error as Error).message)))
  )
}
