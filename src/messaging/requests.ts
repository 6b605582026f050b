// The checks of every request the background receives, keyed by message type; the request types
// of protocol.ts are derived from them, so a message and its check cannot drift apart. The router
// applies them before any handler runs (content scripts run on attacker-filled pages).
import { INBOX_VIEWS, PLACE_FOLDERS, type MailPlace, type MailRow } from '../core/types.ts'
import { MAX_HOST_LENGTH } from '../core/sender/site-domain.ts'
import { CLEANUP_ACTIONS } from '../core/actions.ts'
import {
  boolean,
  clipped,
  finite,
  identifier,
  isRecord,
  listOf,
  nullable,
  object,
  oneOf,
  optional,
  reject,
  where,
  type Check,
  type OptionalCheck,
} from './check.ts'
import { FIELD_LIMITS, MAX_ACTION_IDS, MAX_INGEST_ROWS } from './limits.ts'
import { account, actionResults, mailId, scanWindow } from './shapes.ts'

/** 2000-01-01 .. 2100-01-01: a number outside is no mail date, and the row is kept undated. */
const MIN_DATE = 946_684_800_000
const MAX_DATE = 4_102_444_800_000
const mailDate: Check<number | null> = (value) => {
  const date = nullable(finite)(value)
  return date !== null && date >= MIN_DATE && date <= MAX_DATE ? Math.floor(date) : null
}

/** A known folder and view only: anything else leaves the place unknown, and the row is kept. */
const mailPlace: OptionalCheck<MailPlace> = Object.assign(
  (value: unknown): MailPlace | undefined => {
    if (!isRecord(value)) return undefined
    const folder = PLACE_FOLDERS.find((known) => known === value.folder)
    if (!folder) return undefined
    return { folder, view: INBOX_VIEWS.find((known) => known === value.view) ?? null }
  },
  { optional: true as const },
)

export const mailRow: Check<MailRow> = object({
  account,
  id: mailId,
  senderName: clipped(FIELD_LIMITS.senderName),
  senderAddress: clipped(FIELD_LIMITS.senderAddress),
  subject: clipped(FIELD_LIMITS.subject),
  snippet: clipped(FIELD_LIMITS.snippet),
  date: mailDate,
  unread: boolean,
  place: mailPlace,
})

/**
 * A batch of rows. A row that fails its check is left out and counted, not the whole batch
 * refused: one odd row of a hostile page must not cost the others their verdicts.
 */
const ingest: Check<{ rows: MailRow[]; rejected?: number }> = (payload) => {
  const list = isRecord(payload) ? payload.rows : undefined
  if (!Array.isArray(list) || list.length > MAX_INGEST_ROWS)
    return reject('missing or oversized rows')
  const rows = list.flatMap((item) => {
    try {
      return [mailRow(item)]
    } catch {
      return []
    }
  })
  // Rows left out, so the answer can say how many the page sent in vain.
  return { rows, rejected: list.length - rows.length }
}

const accountAndId = object({ account, id: mailId })
const actionId = mailId
const brand = identifier(FIELD_LIMITS.senderAddress)

export const BACKGROUND_REQUESTS = {
  'rows.ingest': ingest,
  'wave.describe': accountAndId,
  'message.find': object({
    account,
    subject: where(clipped(FIELD_LIMITS.subject), (subject) => subject !== '', 'no subject'),
    senderName: clipped(FIELD_LIMITS.senderName),
    senderAddress: clipped(FIELD_LIMITS.senderAddress),
    date: nullable(finite),
  }),
  'link.domain': object({ host: identifier(MAX_HOST_LENGTH) }),
  'message.trust': accountAndId,
  'folder.scan': object({ account, window: optional(scanWindow) }),
  'message.open': accountAndId,
  'message.trustMany': object({ account, ids: listOf(mailId, MAX_ACTION_IDS) }),
  'wave.act': object({
    account,
    waveId: mailId,
    action: oneOf(CLEANUP_ACTIONS),
    confirmed: boolean,
    /** Only these brands' mails of the wave; the whole wave when absent. */
    brands: optional(listOf(brand, MAX_ACTION_IDS)),
  }),
  'ticket.expect': object({ account, brand, until: finite }),
  'actions.progress': object({ account, actionId, results: actionResults, finished: boolean }),
  'actions.undo': object({ account, actionId }),
  'actions.recent': object({ account }),
  'data.clear': object({}),
  'popup.view': object({ account: optional(account) }),
  'stats.domains': object({ account: optional(account) }),
  'stats.brands': where(
    object({ account, from: finite, to: finite }),
    ({ from, to }) => from <= to,
    'reversed span',
  ),
} as const

export type BackgroundRequests = typeof BACKGROUND_REQUESTS
