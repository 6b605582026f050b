// Content-script payloads are untrusted input: a hostile page can feed the content script anything.
// Every field is checked and clamped before the background stores it.
import { INBOX_VIEWS, PLACE_FOLDERS, type MailPlace, type MailRow } from '../core/types.ts'
import { MAX_INGEST_ROWS } from './protocol.ts'

export const FIELD_LIMITS = {
  account: 200,
  id: 200,
  senderName: 300,
  senderAddress: 320,
  subject: 1_000,
  snippet: 500,
} as const

/** 2000-01-01 .. 2100-01-01: anything outside is not a mail date. */
const MIN_DATE = 946_684_800_000
const MAX_DATE = 4_102_444_800_000

export interface ValidatedRows {
  rows: MailRow[]
  rejected: number
}

export function validateIngest(payload: unknown): ValidatedRows {
  const list = isRecord(payload) && Array.isArray(payload.rows) ? payload.rows : []
  const rows: MailRow[] = []
  let rejected = 0
  for (const item of list.slice(0, MAX_INGEST_ROWS)) {
    const row = validateRow(item)
    if (row) rows.push(row)
    else rejected++
  }
  return { rows, rejected: rejected + Math.max(0, list.length - MAX_INGEST_ROWS) }
}

export function validateRow(value: unknown): MailRow | null {
  if (!isRecord(value)) return null
  const account = text(value.account, FIELD_LIMITS.account)
  const id = text(value.id, FIELD_LIMITS.id)
  if (!account || !id) return null
  return {
    account,
    id,
    senderName: text(value.senderName, FIELD_LIMITS.senderName),
    senderAddress: text(value.senderAddress, FIELD_LIMITS.senderAddress),
    subject: text(value.subject, FIELD_LIMITS.subject),
    snippet: text(value.snippet, FIELD_LIMITS.snippet),
    date: date(value.date),
    unread: value.unread === true,
    ...placeOf(value.place),
  }
}

/** A known folder and view only: anything else leaves the place unknown. */
function placeOf(value: unknown): { place?: MailPlace } {
  if (!isRecord(value)) return {}
  const folder = PLACE_FOLDERS.find((known) => known === value.folder)
  if (!folder) return {}
  const view = INBOX_VIEWS.find((known) => known === value.view) ?? null
  return { place: { folder, view } }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown, limit: number): string {
  return typeof value === 'string' ? value.slice(0, limit) : ''
}

function date(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  return value >= MIN_DATE && value <= MAX_DATE ? Math.floor(value) : null
}
