// Checks messages from the background before the page acts on them (verdict updates and
// cleanup actions): only known labels, reasons and actions, bounded sizes.
import { REASON_CODES, type ReasonCode, type Verdict, type VerdictLabel } from '../core/types.ts'
import {
  MAX_ACTION_IDS,
  MAX_ACTION_SENDERS,
  MAX_SENDER_LENGTH,
  PAGE_ACTIONS,
  type ContentProtocol,
} from '../messaging/protocol.ts'
import { scanWindow } from '../messaging/scan-window.ts'

const LABELS: ReadonlySet<string> = new Set(['clean', 'suspect', 'relay'])
const REASONS: ReadonlySet<string> = new Set(REASON_CODES)
const MAX_UPDATES = 5_000

export interface VerdictUpdate {
  account: string
  verdicts: Record<string, Verdict>
}

export function parseVerdictUpdate(message: unknown): VerdictUpdate | null {
  const envelope = message as {
    type?: unknown
    payload?: { account?: unknown; verdicts?: unknown }
  } | null
  if (envelope?.type !== 'verdicts.update') return null
  const { account, verdicts } = envelope.payload ?? {}
  if (typeof account !== 'string' || typeof verdicts !== 'object' || verdicts === null) return null
  const clean: Record<string, Verdict> = {}
  for (const [id, value] of Object.entries(verdicts).slice(0, MAX_UPDATES)) {
    const verdict = parseVerdict(value)
    if (verdict) clean[id] = verdict
  }
  return { account, verdicts: clean }
}

function parseVerdict(value: unknown): Verdict | null {
  const item = (value ?? {}) as Record<string, unknown>
  if (typeof item.verdict !== 'string' || !LABELS.has(item.verdict)) return null
  const reasons = Array.isArray(item.reasons) ? item.reasons : []
  return {
    verdict: item.verdict as VerdictLabel,
    score: typeof item.score === 'number' ? Math.min(1, Math.max(0, item.score)) : 0,
    reasons: reasons.filter((reason): reason is ReasonCode => REASONS.has(reason as string)),
    waveId: typeof item.waveId === 'string' ? item.waveId.slice(0, 200) : null,
    important: item.important === true,
  }
}

/** Checks an 'actions.run' message: a known action and a bounded list of string ids. */
export function parseActionRequest(message: unknown): ContentProtocol['actions.run'] | null {
  const envelope = message as { type?: unknown; payload?: Record<string, unknown> } | null
  if (envelope?.type !== 'actions.run') return null
  const { account, actionId, action, ids, confirmed, automatic, dates, senders } =
    envelope.payload ?? {}
  const known = PAGE_ACTIONS.find((name) => name === action)
  if (typeof account !== 'string' || !known || !Array.isArray(ids)) return null
  if (typeof actionId !== 'string' || actionId === '' || actionId.length > 200) return null
  const wanted = ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_ACTION_IDS)
  const request = { account, actionId, action: known, ids: wanted, confirmed: confirmed === true }
  const datesGiven = parseDates(dates, wanted)
  const sendersGiven = parseSenders(senders)
  return {
    ...request,
    ...(automatic === true ? { automatic: true } : {}),
    ...(datesGiven ? { dates: datesGiven } : {}),
    ...(sendersGiven ? { senders: sendersGiven } : {}),
  }
}

/** Bounded sender domains; null when none is given. */
function parseSenders(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null
  const senders = value
    .filter((item): item is string => typeof item === 'string' && item.length <= MAX_SENDER_LENGTH)
    .slice(0, MAX_ACTION_SENDERS)
  return senders.length > 0 ? senders : null
}

/** The dates of the requested ids that are finite numbers; null when there are none. */
function parseDates(value: unknown, ids: readonly string[]): Record<string, number> | null {
  if (typeof value !== 'object' || value === null) return null
  const given = value as Record<string, unknown>
  const entries = ids.flatMap((id) => {
    const date = Object.hasOwn(given, id) ? given[id] : undefined
    return typeof date === 'number' && Number.isFinite(date) ? [[id, date] as const] : []
  })
  return entries.length > 0 ? Object.fromEntries(entries) : null
}

/** Checks a 'message.open' message: an account and a bounded id. */
export function parseOpenRequest(message: unknown): ContentProtocol['message.open'] | null {
  const envelope = message as { type?: unknown; payload?: Record<string, unknown> } | null
  if (envelope?.type !== 'message.open') return null
  const { account, id } = envelope.payload ?? {}
  if (typeof account !== 'string' || typeof id !== 'string' || id === '' || id.length > 200)
    return null
  return { account, id }
}

/** Checks a 'folder.scan' message: an account. */
export function parseScanRequest(message: unknown): ContentProtocol['folder.scan'] | null {
  const envelope = message as { type?: unknown; payload?: Record<string, unknown> } | null
  if (envelope?.type !== 'folder.scan') return null
  const account = envelope.payload?.account
  if (typeof account !== 'string') return null
  const window = envelope.payload?.window === undefined ? null : scanWindow(envelope.payload.window)
  return window ? { account, window } : { account }
}
