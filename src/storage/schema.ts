// The IndexedDB schema. Only what detection needs is stored: ids, account, sender domains, a short
// payload, the verdict and its reasons, and times. Never bodies, never full addresses.
import type { DBSchema } from 'idb'
import type { ActionLogEntry } from '../core/actions.ts'

export type { ActionLogEntry }
import type { ImportantKind } from '../core/important.ts'
import type { TemplateKind } from '../core/templates.ts'
import type { ReasonCode, VerdictLabel } from '../core/types.ts'

export const DB_NAME = 'relay-shield'
export const DB_VERSION = 3

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
  messages: {
    key: [string, string]
    value: StoredMessage
    indexes: { 'by-account-date': [string, number]; 'by-sender-domain': string; 'by-seen': number }
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
