// Every message between the contexts, in one place. The background's handler object is typed
// against BackgroundProtocol, so a missing or mistyped handler fails the type-check.
import type { ShownMail } from '../core/same-mail.ts'
import type { InboxView, MailRow, Verdict } from '../core/types.ts'

export interface DomainCount {
  domain: string
  count: number
}

/** A span of the mails' own dates (epoch ms), first to last. */
export interface ScanWindow {
  from: number
  to: number
}

/** The longest window a scan may search: a wave lasts hours, a month is far beyond one. */
export const MAX_SCAN_WINDOW_MS = 31 * 24 * 60 * 60 * 1000

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
import type { ActionLogEntry, ActionResults, CleanupAction, PageAction } from '../core/actions.ts'
import type { PopupView } from '../core/popup-view.ts'
export type { ActionLogEntry }
export type {
  BrandGroup,
  ImportantMail,
  PopupView,
  Timeline,
  WaveStatus,
} from '../core/popup-view.ts'

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
    request: {
      rows: MailRow[]
      /** Filled in by the background's validator: rows dropped as malformed. */
      rejected?: number
    }
    response: { verdicts: Record<string, Verdict>; stored: number; rejected: number }
  }
  /** A content script asks for the figures of the wave an opened message belongs to. */
  'wave.describe': {
    request: { account: string; id: string }
    response: { wave: WaveFacts | null }
  }
  /**
   * Which stored mail an opened message is, when the page shows its subject, sender and date but
   * not its id (an Outlook pop-out window, the reading pane off, several rows ticked).
   */
  'message.find': {
    request: ShownMail & { account: string }
    response: { id: string | null; verdict: Verdict | null }
  }
  /**
   * The registrable domain of a link's host, for the link warning: the Public Suffix List it
   * needs is kept out of the content script, which runs in every webmail tab.
   */
  'link.domain': {
    request: { host: string }
    response: { domain: string | null }
  }
  /** "Trust this ticket": the user says this message is not relay spam. */
  'message.trust': {
    request: { account: string; id: string }
    response: { verdict: Verdict | null }
  }
  /**
   * "Scan this folder": the account's tab scrolls its virtualised list through once. With a
   * window ("Scan the wave"), a webmail that can search by date (Gmail) lists every mail dated
   * inside it instead, every page and category tab.
   */
  'folder.scan': {
    request: { account: string; window?: ScanWindow }
    response: { rows: number; tabId: number | null }
  }
  /** The popup opens a mail (a pinned important one) in the account's webmail tab. */
  'message.open': {
    request: { account: string; id: string }
    response: { opened: boolean }
  }
  /** The popup's "not relay spam" for a company's mails: each one trusted, in every tab. */
  'messages.trust': {
    request: { account: string; ids: string[] }
    response: { trusted: number }
  }
  /** The popup (an extension page) runs an action on a wave's mails in the account's open tab. */
  'wave.act': {
    request: {
      account: string
      waveId: string
      action: CleanupAction
      confirmed: boolean
      /** Only these brands' mails of the wave; the whole wave when absent. */
      brands?: string[]
    }
    response: ActionAnswer
  }
  /** "I opened a ticket with this company" until a date (the popup's trust control). */
  'ticket.expect': {
    request: { account: string; brand: string; until: number }
    response: { ok: true }
  }
  /**
   * The page reports what an action did so far, after each paced chunk and once at the end. The
   * log is written from these, so an action survives the worker being stopped while it runs.
   */
  'actions.progress': {
    request: { account: string; actionId: string; results: ActionResults; finished: boolean }
    response: { recorded: number }
  }
  /**
   * Undo a logged action on the messages it did: hidden mails are shown, moved ones moved back to
   * the inbox, the label taken off. The undo is logged as an action of its own.
   */
  'actions.undo': {
    request: { account: string; actionId: string }
    response: ActionAnswer & { undoable: boolean }
  }
  /** The account's cleanup actions, latest first (the popup's undo list). */
  'actions.recent': {
    request: { account: string }
    response: { entries: ActionLogEntry[] }
  }
  /** The options page's "clear all data": everything stored goes; settings stay. */
  'data.clear': {
    request: Record<string, never>
    response: { cleared: true }
  }
  /** Everything the popup shows for one account (the busiest recent one when none is named). */
  'popup.view': {
    request: { account?: string }
    response: { accounts: string[]; view: PopupView | null; actions: ActionLogEntry[] }
  }
  /** The popup asks how many stored mails each sender domain sent. */
  'stats.domains': {
    request: { account?: string }
    response: { total: number; accounts: string[]; domains: DomainCount[] }
  }
  /** The popup asks which brands sent the account helpdesk mail dated within [from, to]. */
  'stats.brands': {
    request: { account: string; from: number; to: number }
    response: { brands: BrandSummary[] }
  }
}

/** Messages the background sends to the content scripts of open webmail tabs. */
export interface ContentProtocol {
  /** Verdicts changed after the fact (a wave took in earlier mail): re-mark these rows. */
  'verdicts.update': { account: string; verdicts: Record<string, Verdict> }
  /** Run an action on these mails through the webmail's own controls; answers per message. */
  'actions.run': {
    account: string
    /** The action log entry: asked again with the same id, the page does not act twice. */
    actionId: string
    action: PageAction
    ids: string[]
    /** The user already confirmed (report as spam asks first). */
    confirmed: boolean
    /**
     * No one asked for it in this tab (the automatic label): the page runs it only while the user
     * is not selecting or typing there, and may answer before it is done.
     */
    automatic?: boolean
    /** Each mail's own date (ms), where known: undoing a move looks for the mails by date. */
    dates?: Record<string, number>
    /** The mails' sender domains: a Gmail search for them is narrowed to these. */
    senders?: string[]
  }
  /** Show this mail in the page (the popup's pinned important mail). */
  'message.open': { account: string; id: string }
  /** Scroll the virtualised list through once so every row is read, then scroll back. */
  'folder.scan': { account: string; window?: ScanWindow }
}

/** Answers of the content scripts, per message type. */
export interface ContentResponses {
  'verdicts.update': undefined
  'message.open': { opened: boolean }
  'folder.scan': { rows: number }
  'actions.run': { results: ActionResults; unreached?: InboxView[] }
}

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

/** Most messages one action may name: a wave of a few thousand mails. */
export const MAX_ACTION_IDS = 5_000
/** Sender domains an action names at most, and their longest. */
export const MAX_ACTION_SENDERS = 500
export const MAX_SENDER_LENGTH = 253

/** Rows read before the first ingest request goes: the first verdicts come quickly. */
export const INGEST_BATCH_SIZE = 100
/**
 * Most rows per ingest request (one IndexedDB transaction each). Rows read while a request is
 * under way go together in the next one: a flood of thousands is stored in a few transactions,
 * each rewriting the day's record once, instead of dozens.
 */
export const MAX_INGEST_ROWS = 500
