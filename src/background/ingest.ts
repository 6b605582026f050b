// rows.ingest: classify a batch against the account's stored mail around it, store it, and answer
// with a verdict per row id. Each account's part of the batch is judged and stored in one
// transaction (src/storage/batch-repo.ts), so two tabs sending at once cannot overwrite each
// other's re-labels.
import type { Wave } from '../core/wave/engine.ts'
import type { Classified } from '../core/wave/classify.ts'
import { extractFeatures, type MailFeatures } from '../core/mail/features.ts'
import { senderDomains } from '../core/sender/sender.ts'
import { DEFAULT_THRESHOLDS, type Thresholds } from '../core/wave/thresholds.ts'
import { answeredVerdict, relayVerdict } from '../core/wave/verdicts.ts'
import type { MailRow, Verdict } from '../core/types.ts'
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts'
import type { Database } from '../storage/db.ts'
import { storedFeatures } from '../storage/messages-repo.ts'
import { storeJudgedBatch } from '../storage/batch-repo.ts'
import {
  STORED_PAYLOAD_CHARS,
  WAVE_TOP_PAYLOADS,
  type StoredMessage,
  type StoredWave,
} from '../storage/schema.ts'
import { judge } from './judge.ts'
import { burstReach, withdrawableBursts } from './small-bursts.ts'

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
    const { earliest, latest } = ownDates(features)
    const ask = {
      account,
      span: historySpan(features, thresholds),
      earliest: earliest ?? now,
      reach: (stored: readonly StoredWave[]) => burstReach(stored, latest, thresholds),
    }
    const {
      decision,
      added,
      waves: storedWaves,
    } = await storeJudgedBatch(db, ask, ({ earlier, expected, companyDays, pastWaves }) => {
      const trusted = earlier.filter((mail) => mail.trusted).map((mail) => mail.id)
      const result = judge(features, earlier.map(storedFeatures), {
        thresholds,
        allowedBrands,
        trusted,
        expected,
        companyDays,
        pastWaves,
      })
      const records = rows.map((row, i) =>
        toStored(row, features[i]!, result.verdicts.get(row.id)!, now),
      )
      const withdrawn = withdrawableBursts(result.smallBursts, pastWaves)
      const batchIds = new Set(rows.map((row) => row.id))
      const relabelled = relabel(earlier, { ...result, withdrawn }, batchIds)
      return {
        messages: [...records, ...relabelled.records],
        waves: result.waves.map((wave) => toStoredWave(account, wave, now)),
        withdrawnWaves: [...withdrawn],
        verdicts: { ...relabelled.verdicts, ...Object.fromEntries(result.verdicts) },
      }
    })
    stored += added
    waves.push(...storedWaves)
    Object.assign(verdicts, decision.verdicts)
  }
  return { verdicts, stored, rejected: request.rejected ?? 0, waves }
}

/**
 * A stored mail the person's answer made theirs: clean, as the replay judges it (core); null when
 * it is clean already.
 */
function releasedVerdict(message: StoredMessage): Verdict | null {
  if (message.verdict === 'clean') return null
  return answeredVerdict({ reasons: message.reasons, important: message.important !== null })
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
 * relay, and the answer carries them so the page re-marks those rows too. Mails stored earlier
 * whose company's confirmation the person has answered since (core wave/answered.ts) become
 * clean the same way, and those of a wave that settled as a small burst (core
 * wave/small-burst.ts) suspect.
 */
function relabel(
  earlier: readonly StoredMessage[],
  result: Pick<Classified, 'waves' | 'released' | 'unreleased' | 'settled'> & {
    /** Ids of the stored waves given up as small bursts. */
    withdrawn: ReadonlySet<string>
  },
  batchIds: ReadonlySet<string>,
): { records: StoredMessage[]; verdicts: Record<string, Verdict> } {
  const { waves, released, unreleased, settled, withdrawn: bursts } = result
  const waveOf = new Map<string, Wave>()
  for (const wave of waves)
    for (const id of wave.members) if (!batchIds.has(id)) waveOf.set(id, wave)
  const answered = new Set(released)
  const withdrawn = new Set(unreleased)
  const records: StoredMessage[] = []
  const verdicts: Record<string, Verdict> = {}
  for (const message of earlier) {
    const verdict = answered.has(message.id)
      ? releasedVerdict(message)
      : (settledVerdict(message, settled.get(message.id), bursts) ??
        joinedVerdict(message, waveOf.get(message.id), withdrawn.has(message.id)))
    if (verdict === null) continue
    verdicts[message.id] = verdict
    records.push({
      ...message,
      verdict: verdict.verdict,
      reasons: verdict.reasons,
      waveId: verdict.waveId,
    })
  }
  return { records, verdicts }
}

/**
 * A stored relay mail of a wave given up as a small burst: the replay's verdict; else null. Only
 * mail stored with that very wave: a part of a bigger wave seen now leaves it as it is.
 */
function settledVerdict(
  message: StoredMessage,
  verdict: Verdict | undefined,
  bursts: ReadonlySet<string>,
): Verdict | null {
  const ofBurst =
    message.verdict === 'relay' && message.waveId !== null && bursts.has(message.waveId)
  // A trusted mail is stored clean: never relay, so never here.
  return verdict && ofBurst ? verdict : null
}

/**
 * A stored mail a wave recognised now takes in, or null when it stays as stored. `withdrawn`: the
 * answer that released it was withdrawn in this replay (core classify.ts `unreleased`).
 */
function joinedVerdict(
  message: StoredMessage,
  wave: Wave | undefined,
  withdrawn: boolean,
): Verdict | null {
  // Released once; a wave a later replay sees again without the answer (it lies outside the
  // replayed span) never takes it back; an answer seen withdrawn does.
  const answered = message.reasons.includes('user-answered-confirmation')
  if (answered && !withdrawn) return null
  if (!wave || message.trusted || (message.verdict === 'relay' && message.waveId === wave.id))
    return null
  // A small burst that grew into a wave after all is no longer "like your own sign-ups".
  const reasons = message.reasons.filter(
    (reason) => reason !== 'user-answered-confirmation' && reason !== 'small-burst',
  )
  return relayVerdict([...reasons, ...wave.rules], message.indicatorCount, wave.id)
}

/** The batch's earliest and latest own dates; null when no row is dated. */
function ownDates(features: readonly MailFeatures[]): {
  earliest: number | null
  latest: number | null
} {
  const dates = features.map((f) => f.date).filter((date): date is number => date !== null)
  if (dates.length === 0) return { earliest: null, latest: null }
  return { earliest: Math.min(...dates), latest: Math.max(...dates) }
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

/** The own dates around the batch that the longest rule window reaches; null when none matter. */
function historySpan(
  features: readonly MailFeatures[],
  t: Thresholds,
): { from: number; to: number } | null {
  // Mail that may answer a confirmation (core wave/answered.ts) needs the confirmation before it.
  const dates = features.flatMap((f) =>
    (f.helpdesk || f.joiner || f.welcomeCode) && f.date !== null ? [f.date] : [],
  )
  if (dates.length === 0) return null
  const margin = Math.max(t.slowWaveWindowMs, t.payloadWindowMs) + t.waveJoinGapMs
  const from = dates.reduce((a, b) => Math.min(a, b)) - margin
  const to = dates.reduce((a, b) => Math.max(a, b)) + margin
  return { from, to }
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
    ...(features.access === true ? { access: true } : {}),
    ...(features.disguised === true ? { disguised: true } : {}),
    ...(features.welcomeCode ? { welcomeCode: features.welcomeCode } : {}),
    ...(features.asksSignUp === true ? { asksSignUp: true } : {}),
    ...(features.welcomes === true ? { welcomes: true } : {}),
    kind: features.kind,
    indicatorCount: features.indicatorCount,
    // A mail important by words the wave echoed is stored as the wave's, not as important.
    important: verdict.important ? features.important : null,
    date: row.date,
    seenAt: now,
    verdict: verdict.verdict,
    reasons: verdict.reasons,
    waveId: verdict.waveId,
    place: row.place ?? null,
  }
}
