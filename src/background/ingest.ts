// rows.ingest: classify a batch against the account's stored helpdesk mail, store it in one
// transaction, and answer with a verdict per row id. Safe to repeat: rows are keyed by (account, id).
import { classify, rowFeatures, type RowFeatures } from '../core/classify.ts'
import { senderDomains } from '../core/sender.ts'
import type { MailRow, Verdict } from '../core/types.ts'
import { DEFAULT_WAVE_THRESHOLDS } from '../core/wave.ts'
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { helpdeskBetween, putMessages } from '../storage/messages-repo.ts'
import { STORED_PAYLOAD_CHARS, type StoredMessage } from '../storage/schema.ts'

export async function ingestRows(
  db: Database,
  request: RequestOf<'rows.ingest'>,
  now: number,
): Promise<ResponseOf<'rows.ingest'>> {
  const verdicts: Record<string, Verdict> = {}
  let stored = 0
  for (const [account, rows] of groupByAccount(request.rows)) {
    const features = rows.map(rowFeatures)
    const history = await historyAround(db, account, features)
    const byId = classify(features, history)
    const records = rows.map((row, i) => toStored(row, features[i]!, byId.get(row.id)!, now))
    stored += await putMessages(db, records)
    for (const [id, verdict] of byId) verdicts[id] = verdict
  }
  return { verdicts, stored, rejected: request.rejected ?? 0 }
}

function groupByAccount(rows: readonly MailRow[]): Map<string, MailRow[]> {
  const groups = new Map<string, MailRow[]>()
  for (const row of rows) {
    const group = groups.get(row.account) ?? []
    group.push(row)
    groups.set(row.account, group)
  }
  return groups
}

/** Stored helpdesk mail within one wave window of the batch's dates. */
async function historyAround(db: Database, account: string, features: readonly RowFeatures[]) {
  const dates = features.filter((f) => f.helpdesk && f.date !== null).map((f) => f.date as number)
  if (dates.length === 0) return []
  const margin = DEFAULT_WAVE_THRESHOLDS.windowMs
  const ids = new Set(features.map((f) => f.id))
  const stored = await helpdeskBetween(
    db,
    account,
    Math.min(...dates) - margin,
    Math.max(...dates) + margin,
  )
  return stored.filter((candidate) => !ids.has(candidate.id))
}

function toStored(
  row: MailRow,
  features: RowFeatures,
  verdict: Verdict,
  now: number,
): StoredMessage {
  return {
    account: row.account,
    id: row.id,
    senderDomain: senderDomains(row.senderAddress).domain,
    brand: features.brand,
    payload: row.subject.slice(0, STORED_PAYLOAD_CHARS),
    helpdesk: features.helpdesk,
    date: row.date,
    seenAt: now,
    verdict: verdict.verdict,
    reasons: verdict.reasons,
    waveId: verdict.waveId,
  }
}
