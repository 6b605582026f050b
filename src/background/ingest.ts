// rows.ingest: classify a batch against the account's stored mail around it, store it, and answer
// with a verdict per row id. One read-write transaction per account in the batch reads the history
// and writes rows, brand statistics and waves, so two tabs sending at once cannot overwrite each other's re-labels.
// Safe to repeat: rows are keyed by (account, id).
import type { Wave } from '../core/engine.ts'
import { extractFeatures, type MailFeatures } from '../core/features.ts'
import { senderDomains } from '../core/sender.ts'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/thresholds.ts'
import { relayVerdict } from '../core/verdicts.ts'
import type { MailRow, Verdict } from '../core/types.ts'
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { putRows, rowsBetween, storedFeatures, type DaysStore } from '../storage/messages-repo.ts'
import {
  STORED_PAYLOAD_CHARS,
  WAVE_TOP_PAYLOADS,
  type StoredMessage,
  type StoredWave,
} from '../storage/schema.ts'
import { updateBrandDays } from '../storage/brands-repo.ts'
import { ticketsRunning } from '../storage/tickets-repo.ts'
import { judge } from './judge.ts'
import { mergeWaves } from '../storage/waves-repo.ts'

export async function ingestRows(
  db: Database,
  request: RequestOf<'rows.ingest'>,
  now: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  /** Brands an administrator allowed: their mail is expected, as a ticket without end. */
  allowedBrands: readonly string[] = [],
): Promise<ResponseOf<'rows.ingest'> & { waves: StoredWave[] }> {
  const verdicts: Record<string, Verdict> = {}
  const waves: StoredWave[] = []
  let stored = 0
  for (const [account, rows] of groupByAccount(request.rows)) {
    const features = rows.map(extractFeatures)
    const tx = db.transaction(['messageDays', 'brandDays', 'expectedTickets', 'waves'], 'readwrite')
    const days = tx.objectStore('messageDays')
    const [earlier, expected] = await Promise.all([
      historyAround(days, account, features, thresholds),
      ticketsRunning(tx.objectStore('expectedTickets'), account, earliestDate(features) ?? now),
    ])
    const trusted = earlier.filter((mail) => mail.trusted).map((mail) => mail.id)
    // Synchronous: nothing but IndexedDB is awaited while the transaction is open.
    const result = judge(features, earlier.map(storedFeatures), {
      thresholds,
      allowedBrands,
      trusted,
      expected,
    })
    const records = rows.map((row, i) =>
      toStored(row, features[i]!, result.verdicts.get(row.id)!, now),
    )
    const relabelled = relabel(earlier, result.waves, new Set(rows.map((row) => row.id)))
    const [written, storedWaves] = await Promise.all([
      putRows(days, [...records, ...relabelled.records]).then(async (written) => {
        await updateBrandDays(tx.objectStore('brandDays'), written.days)
        return written
      }),
      mergeWaves(
        tx.objectStore('waves'),
        result.waves.map((wave) => toStoredWave(account, wave, now)),
      ),
    ])
    await tx.done
    stored += written.added
    waves.push(...storedWaves)
    Object.assign(verdicts, relabelled.verdicts)
    for (const [id, verdict] of result.verdicts) verdicts[id] = verdict
  }
  return { verdicts, stored, rejected: request.rejected ?? 0, waves }
}

function toStoredWave(account: string, wave: Wave, now: number): StoredWave {
  return {
    account,
    id: wave.id,
    start: wave.start,
    end: wave.end,
    mails: wave.members.length,
    brands: Object.fromEntries(wave.brands),
    topPayloads: [...wave.payloads].sort((a, b) => b[1] - a[1]).slice(0, WAVE_TOP_PAYLOADS),
    rules: [...wave.rules],
    notifiedAt: null,
    updatedAt: now,
  }
}

/**
 * A wave recognised now takes in mails stored earlier as suspect: their stored verdicts become
 * relay, and the answer carries them so the page re-marks those rows too.
 */
function relabel(
  earlier: readonly StoredMessage[],
  waves: readonly Wave[],
  batchIds: ReadonlySet<string>,
): { records: StoredMessage[]; verdicts: Record<string, Verdict> } {
  const waveOf = new Map<string, Wave>()
  for (const wave of waves)
    for (const id of wave.members) if (!batchIds.has(id)) waveOf.set(id, wave)
  const records: StoredMessage[] = []
  const verdicts: Record<string, Verdict> = {}
  for (const message of earlier) {
    const wave = waveOf.get(message.id)
    if (!wave || message.trusted || (message.verdict === 'relay' && message.waveId === wave.id))
      continue
    const verdict = relayVerdict(
      [...message.reasons, ...wave.rules],
      message.indicatorCount,
      wave.id,
    )
    verdicts[message.id] = verdict
    records.push({ ...message, verdict: 'relay', reasons: verdict.reasons, waveId: wave.id })
  }
  return { records, verdicts }
}

function earliestDate(features: readonly MailFeatures[]): number | null {
  const dates = features.map((f) => f.date).filter((date): date is number => date !== null)
  return dates.length > 0 ? Math.min(...dates) : null
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

/** Stored mail within the longest rule window of the batch's dates. */
async function historyAround(
  days: DaysStore<'readwrite'>,
  account: string,
  features: readonly MailFeatures[],
  t: Thresholds,
) {
  const dates = features
    .filter((f) => (f.helpdesk || f.joiner) && f.date !== null)
    .map((f) => f.date as number)
  if (dates.length === 0) return []
  const margin = Math.max(t.slowWaveWindowMs, t.payloadWindowMs) + t.waveJoinGapMs
  const from = dates.reduce((a, b) => Math.min(a, b)) - margin
  const to = dates.reduce((a, b) => Math.max(a, b)) + margin
  return rowsBetween(days, account, from, to)
}

function toStored(
  row: MailRow,
  features: MailFeatures,
  verdict: Verdict,
  now: number,
): StoredMessage {
  return {
    account: row.account,
    id: row.id,
    senderDomain: senderDomains(row.senderAddress).domain,
    brand: features.brand,
    payload: row.subject.slice(0, STORED_PAYLOAD_CHARS),
    payloadKey: features.payload,
    helpdesk: features.helpdesk,
    joiner: features.joiner,
    kind: features.kind,
    indicatorCount: features.indicatorCount,
    important: features.important,
    date: row.date,
    seenAt: now,
    verdict: verdict.verdict,
    reasons: verdict.reasons,
    waveId: verdict.waveId,
    place: row.place ?? null,
  }
}
