// Every message between the contexts, in one place. The background's handler object is typed
// against BackgroundProtocol, so a missing or mistyped handler fails the type-check.
import type { MailRow, Verdict } from '../core/types.ts'

export interface DomainCount {
  domain: string
  count: number
}

export interface BackgroundProtocol {
  /** A content script hands over the rows it read; the answer carries a verdict per row id. */
  'rows.ingest': {
    request: {
      rows: MailRow[]
      /** Filled in by the background's validator: rows dropped as malformed. */
      rejected?: number
    }
    response: { verdicts: Record<string, Verdict>; stored: number; rejected: number }
  }
  /** The popup asks how many stored mails each sender domain sent. */
  'stats.domains': {
    request: { account?: string }
    response: { total: number; accounts: string[]; domains: DomainCount[] }
  }
}

/** Messages the background sends to the content scripts of open webmail tabs. */
export interface ContentProtocol {
  /** Verdicts changed after the fact (a wave took in earlier mail): re-mark these rows. */
  'verdicts.update': { account: string; verdicts: Record<string, Verdict> }
}

export interface ContentEnvelope {
  type: keyof ContentProtocol
  payload: ContentProtocol[keyof ContentProtocol]
}

export type BackgroundMessageType = keyof BackgroundProtocol
export type RequestOf<K extends BackgroundMessageType> = BackgroundProtocol[K]['request']
export type ResponseOf<K extends BackgroundMessageType> = BackgroundProtocol[K]['response']

/** What travels over runtime messaging. */
export interface Envelope<K extends BackgroundMessageType = BackgroundMessageType> {
  type: K
  payload: RequestOf<K>
}

/** Messages a content script may send; content scripts run on attacker-filled pages. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<BackgroundMessageType> = new Set(['rows.ingest'])

/** Rows per ingest request: one IndexedDB transaction each. */
export const INGEST_BATCH_SIZE = 100
