// The IndexedDB schema. Only what detection needs is stored: ids, account, sender domains, a short
// payload, the verdict and its reasons, and times. Never bodies, never full addresses.
import type { DBSchema } from 'idb'
import type { ActionLogEntry } from '../core/actions.ts'

export type { ActionLogEntry }
import type { ImportantKind } from '../core/mail/important/important.ts'
import type { TemplateKind } from '../core/mail/templates/templates.ts'
import type { MailPlace, ReasonCode, VerdictLabel } from '../core/types.ts'

export const DB_NAME = 'relay-shield'
export const DB_VERSION = 5

/** Longest subject payload kept, in characters. */
export const STORED_PAYLOAD_CHARS = 160

export interface StoredMessage {
  account: string
  id: string
  senderDomain: string
  /** The company the mail speaks for (registrable domain, or the helpdesk subdomain). */
  brand: string
  /** Start of the subject, for grouping a wave's payloads. */
  payload: string
  /** The payload folded for comparison across brands (core normalisePayload). */
  payloadKey: string
  helpdesk: boolean
  /**
   * Weak evidence that joins a wave under way (core MailFeatures `joiner`). Added without a schema
   * version: rows stored before it read as false, which is what they were judged as.
   */
  joiner?: boolean
  /**
   * A sign-in code, sign-in link or password reset (core MailFeatures `access`), held out of
   * waves of other mail. Added without a schema version: rows stored before it read as false.
   */
  access?: boolean
  /**
   * Its subject or opening is disguised (core MailFeatures `disguised`). Added without a schema
   * version: rows stored before it read as false.
   */
  disguised?: boolean
  /**
   * A shop's welcome code the mail carries (core MailFeatures `welcomeCode`): what answers a
   * confirmation (core wave/answered.ts). Added without a schema version: rows stored before it
   * have none.
   */
  welcomeCode?: { code: string; asked: boolean }
  /** Asks to confirm a sign-up (core MailFeatures `asksSignUp`); rows stored before it: no. */
  asksSignUp?: boolean
  /** Welcomes and asks for nothing (core MailFeatures `welcomes`); rows stored before it: no. */
  welcomes?: boolean
  kind: TemplateKind | null
  indicatorCount: number
  important: ImportantKind | null
  /** The mail's own date (epoch ms), or null when the page did not show one. */
  date: number | null
  /** When the extension first stored the row (epoch ms). */
  seenAt: number
  verdict: VerdictLabel
  reasons: ReasonCode[]
  waveId: string | null
  /** The user said this mail is not relay spam ("trust this ticket"); kept across re-ingests. */
  trusted?: boolean
  /** When the automatic label was applied (epoch ms): never applied twice, so never toggled off. */
  autoLabelledAt?: number
  /**
   * Where a list last showed the mail (Outlook: folder and Focused/Other view), or null when no
   * list said (Gmail; an opened mail; rows stored before version 5).
   */
  place: MailPlace | null
}

/** Day bucket of a row without a date: it is found by id, never by a date range. */
export const UNDATED_DAY = -1

/**
 * The rows of one account whose own date falls on one UTC day, stored as one record. Chromium's
 * IndexedDB costs 0.06-0.09 ms per request on a small machine, so one record per row spent about a
 * second in puts alone on a 10,000-row ingest. A batch from a mail list spans a few days, so it is
 * a few requests; a date-range query is a key-range read. (Hour buckets were measured too: mail
 * that arrives a few times a day touches one bucket per row, which is no better.) Rows stay unique
 * by id within their day, and a row's date never changes, so neither does its day.
 */
export interface StoredDay {
  account: string
  /** floor(date / DAY_MS) (core/time.ts), or UNDATED_DAY. */
  day: number
  /** The earliest seenAt among the rows: retention visits only buckets holding something old. */
  oldestSeenAt: number
  rows: StoredMessage[]
}

/** One helpdesk brand's mail on one day. */
export interface BrandCounts {
  /** Helpdesk mails from the brand stored for that day. */
  mails: number
  /** Of those, how many are relay spam now (a wave can re-label them later). */
  relay: number
  /** Own dates of the first and last of them (epoch ms). */
  first: number
  last: number
}

/**
 * Per-brand statistics of one account's helpdesk mail on one UTC day, recomputed from that day's
 * rows whenever they change (so a re-sent row never counts twice), plus what retention dropped.
 * Kept as long as wave summaries: the brand history outlives the 30 days of rows.
 */
export interface BrandDay {
  account: string
  day: number
  /** Every helpdesk mail of the day: the live rows and those retention dropped. */
  brands: Record<string, BrandCounts>
  /** The part of `brands` whose rows retention already dropped. */
  pruned: Record<string, BrandCounts>
}

/** A recognised wave of one account, as last computed. Kept a year; no mail content but payloads. */
export interface StoredWave {
  account: string
  id: string
  start: number
  end: number
  mails: number
  /** Mails per brand. */
  brands: Record<string, number>
  /** The most relayed payloads, most frequent first (at most WAVE_TOP_PAYLOADS). */
  topPayloads: [string, number][]
  rules: ReasonCode[]
  /** When the user was told about this wave (epoch ms), or null. */
  notifiedAt: number | null
  updatedAt: number
}

export const WAVE_TOP_PAYLOADS = 5

/** "I opened a ticket with this company": its acknowledgements are expected until `until`. */
export interface ExpectedTicket {
  account: string
  /** The brand as stored on messages (registrable domain or helpdesk subdomain). */
  brand: string
  until: number
  createdAt: number
}

export interface RelayShieldDB extends DBSchema {
  messageDays: {
    key: [string, number]
    value: StoredDay
    indexes: { 'by-oldest-seen': number }
  }
  brandDays: {
    key: [string, number]
    value: BrandDay
    indexes: { 'by-day': number }
  }
  waves: {
    key: [string, string]
    value: StoredWave
    indexes: { 'by-end': number }
  }
  expectedTickets: {
    key: [string, string]
    value: ExpectedTicket
    indexes: { 'by-until': number }
  }
  actions: {
    key: [string, string]
    value: ActionLogEntry
    indexes: { 'by-started': number }
  }
}

/** Stores of earlier versions, known only to the migrations that create, fill and drop them. */
export interface UpgradeSchema extends RelayShieldDB {
  /** One record per row (versions 1-3). */
  messages: {
    key: [string, string]
    value: StoredMessage
    indexes: { 'by-account-date': [string, number]; 'by-sender-domain': string; 'by-seen': number }
  }
}
