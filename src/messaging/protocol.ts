// Every message between the contexts, in one place. The request types are derived from their
// checks (requests.ts, content-messages.ts), so a message cannot go unchecked or be checked as
// another shape; the background's handler object is typed against BackgroundProtocol, so a
// missing or mistyped handler fails the type-check.
import type { InboxView, Verdict } from '../core/types.ts'
import type { Checked } from './check.ts'
import type { BackgroundRequests } from './requests.ts'
import type { CONTENT_ANSWERS, CONTENT_MESSAGES } from './content-messages.ts'

export {
  FIELD_LIMITS,
  MAX_ACTION_IDS,
  MAX_ACTION_SENDERS,
  MAX_INGEST_ROWS,
  MAX_SCAN_WINDOW_MS,
  MAX_SENDER_LENGTH,
} from './limits.ts'

/** The checked request of one background message type. */
type Request<K extends keyof BackgroundRequests> = Checked<BackgroundRequests[K]>

export interface DomainCount {
  domain: string
  count: number
}

/** A span of the mails' own dates (epoch ms), first to last. */
export interface ScanWindow {
  from: number
  to: number
}

/** One brand's helpdesk mail over a span of days. */
export interface BrandSummary {
  brand: string
  mails: number
  relay: number
  /** Own dates of its first and last mail in the span (epoch ms). */
  first: number
  last: number
  days: number
}

/** What the banner says about a wave: "one of 41 ticket mails from 37 companies in 12 minutes". */
export interface WaveFacts {
  mails: number
  brands: number
  minutes: number
  /** The company whose helpdesk sent the message asked about. */
  brand: string
}

export {
  ACTION_OUTCOMES,
  CLEANUP_ACTIONS,
  PAGE_ACTIONS,
  type CleanupAction,
  type ActionOutcome,
  type ActionResults,
  type PageAction,
  type WebmailAction,
} from '../core/actions.ts'
import type { ActionLogEntry, ActionResults } from '../core/actions.ts'
import type { PopupView } from '../core/views/popup-view.ts'
export type { ActionLogEntry }
export type {
  BrandGroup,
  ImportantMail,
  PopupView,
  Timeline,
  WaveStatus,
} from '../core/views/popup-view.ts'

/** What an action did per message, in which tab, and the views of the list it could not show. */
export interface ActionAnswer {
  results: ActionResults
  tabId: number | null
  /**
   * Views of the list (Outlook's Focused or Other) whose tab did not answer: their mails were not
   * reached. Absent when every view was reached.
   */
  unreached?: InboxView[]
}

export interface BackgroundProtocol {
  /** A content script hands over the rows it read; the answer carries a verdict per row id. */
  'rows.ingest': {
    request: Request<'rows.ingest'>
    response: { verdicts: Record<string, Verdict>; stored: number; rejected: number }
  }
  /** A content script asks for the figures of the wave an opened message belongs to. */
  'wave.describe': {
    request: Request<'wave.describe'>
    response: { wave: WaveFacts | null }
  }
  /**
   * Which stored mail an opened message is, when the page shows its subject, sender and date but
   * not its id (an Outlook pop-out window, the reading pane off, several rows ticked).
   */
  'message.find': {
    request: Request<'message.find'>
    response: { id: string | null; verdict: Verdict | null }
  }
  /**
   * The registrable domain of a link's host, for the link warning: the Public Suffix List it
   * needs is kept out of the content script, which runs in every webmail tab.
   */
  'link.domain': {
    request: Request<'link.domain'>
    response: { domain: string | null }
  }
  /** "Trust this ticket": the user says this message is not relay spam. */
  'message.trust': {
    request: Request<'message.trust'>
    response: { verdict: Verdict | null }
  }
  /**
   * "Scan this folder": the account's tab scrolls its virtualised list through once. With a
   * window ("Scan the wave"), a webmail that can search by date (Gmail) lists every mail dated
   * inside it instead, every page and category tab.
   */
  'folder.scan': {
    request: Request<'folder.scan'>
    response: { rows: number; tabId: number | null }
  }
  /** The popup opens a mail (a pinned important one) in the account's webmail tab. */
  'message.open': {
    request: Request<'message.open'>
    response: { opened: boolean }
  }
  /** The popup's "not relay spam" for a company's mails: each one trusted, in every tab. */
  'message.trustMany': {
    request: Request<'message.trustMany'>
    response: { trusted: number }
  }
  /** The popup (an extension page) runs an action on a wave's mails in the account's open tab. */
  'wave.act': {
    request: Request<'wave.act'>
    response: ActionAnswer
  }
  /** "I opened a ticket with this company" until a date (the popup's trust control). */
  'ticket.expect': {
    request: Request<'ticket.expect'>
    response: { ok: true }
  }
  /**
   * The page reports what an action did so far, after each paced chunk and once at the end. The
   * log is written from these, so an action survives the worker being stopped while it runs.
   */
  'actions.progress': {
    request: Request<'actions.progress'>
    response: { recorded: number }
  }
  /**
   * Undo a logged action on the messages it did: hidden mails are shown, moved ones moved back to
   * the inbox, the label taken off. The undo is logged as an action of its own.
   */
  'actions.undo': {
    request: Request<'actions.undo'>
    response: ActionAnswer & { undoable: boolean }
  }
  /** The account's cleanup actions, latest first (the popup's undo list). */
  'actions.recent': {
    request: Request<'actions.recent'>
    response: { entries: ActionLogEntry[] }
  }
  /** The options page's "clear all data": everything stored goes; settings stay. */
  'data.clear': {
    request: Request<'data.clear'>
    response: { cleared: true }
  }
  /** Everything the popup shows for one account (the busiest recent one when none is named). */
  'popup.view': {
    request: Request<'popup.view'>
    response: { accounts: string[]; view: PopupView | null; actions: ActionLogEntry[] }
  }
  /** The popup asks how many stored mails each sender domain sent. */
  'stats.domains': {
    request: Request<'stats.domains'>
    response: { total: number; accounts: string[]; domains: DomainCount[] }
  }
  /** The popup asks which brands sent the account helpdesk mail dated within [from, to]. */
  'stats.brands': {
    request: Request<'stats.brands'>
    response: { brands: BrandSummary[] }
  }
}

/** Messages the background sends to the content scripts of open webmail tabs. */
export type ContentProtocol = {
  [K in keyof typeof CONTENT_MESSAGES]: Checked<(typeof CONTENT_MESSAGES)[K]>
}

/** Answers of the content scripts, per message type. */
export type ContentResponses = {
  [K in keyof typeof CONTENT_ANSWERS]: Checked<(typeof CONTENT_ANSWERS)[K]>
} & { 'verdicts.update': undefined }

export type ContentEnvelope = {
  [K in keyof ContentProtocol]: { type: K; payload: ContentProtocol[K] }
}[keyof ContentProtocol]

export type BackgroundMessageType = keyof BackgroundProtocol
export type RequestOf<K extends BackgroundMessageType> = BackgroundProtocol[K]['request']
export type ResponseOf<K extends BackgroundMessageType> = BackgroundProtocol[K]['response']

/** What travels over runtime messaging. */
export interface Envelope<K extends BackgroundMessageType = BackgroundMessageType> {
  type: K
  payload: RequestOf<K>
}

/** Messages a content script may send; content scripts run on attacker-filled pages. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<BackgroundMessageType> = new Set([
  'rows.ingest',
  'wave.describe',
  'message.find',
  'message.trust',
  'link.domain',
  'actions.progress',
])

/** Rows read before the first ingest request goes: the first verdicts come quickly. */
export const INGEST_BATCH_SIZE = 100
