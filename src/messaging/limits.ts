// Bounds of what a message may carry, checked where it is received (requests.ts,
// content-messages.ts) and respected where it is built.
import { DAY_MS } from '../core/time.ts'

/** Longest strings: identifiers beyond these are refused, mail text is cut to them. */
export const FIELD_LIMITS = {
  account: 200,
  id: 200,
  senderName: 300,
  senderAddress: 320,
  subject: 1_000,
  snippet: 500,
} as const

/** Most messages one action may name: a wave of a few thousand mails. */
export const MAX_ACTION_IDS = 5_000
/** Sender domains an action names at most, and their longest. */
export const MAX_ACTION_SENDERS = 500
export const MAX_SENDER_LENGTH = 253
/** Most changed verdicts one update carries. */
export const MAX_VERDICT_UPDATES = 5_000

/** The longest window a scan may search: a wave lasts hours, a month is far beyond one. */
export const MAX_SCAN_WINDOW_MS = 31 * DAY_MS

/**
 * Most rows per ingest request (one IndexedDB transaction each). Rows read while a request is
 * under way go together in the next one: a flood of thousands is stored in a few transactions,
 * each rewriting the day's record once, instead of dozens.
 */
export const MAX_INGEST_ROWS = 500
