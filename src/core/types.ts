// Plain data shared by every context. No DOM, no browser API, no storage.

/** One message row as a webmail list shows it. Times are epoch milliseconds. */
export interface MailRow {
  /** The webmail account the row belongs to, e.g. "gmail:person1@example.com". Accounts never mix. */
  account: string
  /** Stable id of the message or thread in that webmail (never a DOM element id). */
  id: string
  senderName: string
  senderAddress: string
  subject: string
  snippet: string
  /** The mail's own date, or null when the page did not say. */
  date: number | null
  unread: boolean
  /** Where the list showed the row (Outlook: the folder and the inbox view); absent when unknown. */
  place?: MailPlace
}

/**
 * Outlook's Focused Inbox splits the inbox into two views, "Focused" and "Other"; without it
 * (turned off, or another folder) a list has no view.
 */
export const INBOX_VIEWS = ['focused', 'other'] as const
export type InboxView = (typeof INBOX_VIEWS)[number]

/**
 * Folders a place may name: Outlook's well-known folder names (lowercase, language-independent),
 * and `folder` for any folder of the user's own, whose name is the user's text and is not kept.
 */
export const PLACE_FOLDERS = [
  'inbox',
  'archive',
  'junkemail',
  'deleteditems',
  'sentitems',
  'drafts',
  'folder',
] as const
export type PlaceFolder = (typeof PLACE_FOLDERS)[number]

/** Where a list showed a mail. */
export interface MailPlace {
  folder: PlaceFolder
  /** The inbox view the row was listed in, or null when the list was not split. */
  view: InboxView | null
}

export type VerdictLabel = 'clean' | 'suspect' | 'relay'

/** Stable reason codes: the UI explains them, tests assert them (docs/DESIGN.md lists them). */
export const REASON_CODES = [
  // helpdesk fingerprints
  'helpdesk-subject',
  'helpdesk-body',
  'helpdesk-sender',
  'helpdesk-verification',
  // relay indicators on the echoed title
  'styled-unicode',
  'mixed-script',
  'invisible-controls',
  'all-caps',
  'legal-threat',
  'urgency',
  'giveaway-crypto',
  'link-in-subject',
  'phone-in-subject',
  'invite-code',
  'language-mismatch',
  // waves and bursts
  'cross-brand-wave',
  'slow-wave',
  'same-payload',
  'domain-burst',
  'wave-trail',
  'first-time-sender',
  'no-date',
  // why a mail is not relay
  'important',
  'user-contacted-brand',
  'answers-user-mail',
  'user-answered-confirmation',
  'expected-ticket',
  'known-conversation',
  'user-trusted',
  'small-burst',
] as const

export type ReasonCode = (typeof REASON_CODES)[number]

export interface Verdict {
  verdict: VerdictLabel
  /** 0..1, higher is more likely relay spam. */
  score: number
  reasons: ReasonCode[]
  waveId: string | null
  important: boolean
}
