// The checks of every message the background sends to a content script, and of the content
// script's answers; ContentProtocol and ContentResponses in protocol.ts are derived from them.
// The page checks what it is asked before it acts, the worker what the page answered.
import { PAGE_ACTIONS } from '../core/actions.ts'
import { INBOX_VIEWS } from '../core/types.ts'
import { boolean, finite, identifier, listOf, object, oneOf, optional, recordOf } from './check.ts'
import {
  FIELD_LIMITS,
  MAX_ACTION_IDS,
  MAX_ACTION_SENDERS,
  MAX_SENDER_LENGTH,
  MAX_VERDICT_UPDATES,
} from './limits.ts'
import { account, actionResults, mailId, scanWindow, verdict } from './shapes.ts'

export const CONTENT_MESSAGES = {
  /** Verdicts changed after the fact (a wave took in earlier mail): re-mark these rows. */
  'verdicts.update': object({
    account,
    verdicts: recordOf(FIELD_LIMITS.id, verdict, MAX_VERDICT_UPDATES),
  }),
  /** Run an action on these mails through the webmail's own controls; answers per message. */
  'actions.run': object({
    account,
    /** The action log entry: asked again with the same id, the page does not act twice. */
    actionId: mailId,
    action: oneOf(PAGE_ACTIONS),
    ids: listOf(mailId, MAX_ACTION_IDS),
    /** The user already confirmed (report as spam asks first). */
    confirmed: boolean,
    /**
     * No one asked for it in this tab (the automatic label): the page runs it only while the user
     * is not selecting or typing there, and may answer before it is done.
     */
    automatic: optional(boolean),
    /** Each mail's own date (ms), where known: undoing a move looks for the mails by date. */
    dates: optional(recordOf(FIELD_LIMITS.id, finite, MAX_ACTION_IDS)),
    /** The mails' sender domains: a Gmail search for them is narrowed to these. */
    senders: optional(listOf(identifier(MAX_SENDER_LENGTH), MAX_ACTION_SENDERS)),
  }),
  /** Show this mail in the page (the popup's pinned important mail). */
  'message.open': object({ account, id: mailId }),
  /** Scroll the virtualised list through once so every row is read, then scroll back. */
  'folder.scan': object({ account, window: optional(scanWindow) }),
} as const

/** The answers of the content scripts that carry something. */
export const CONTENT_ANSWERS = {
  'actions.run': object({
    results: actionResults,
    /** Views of the list (Outlook's Focused or Other) whose tab did not answer. */
    unreached: optional(listOf(oneOf(INBOX_VIEWS), INBOX_VIEWS.length)),
  }),
  'message.open': object({ opened: boolean }),
  'folder.scan': object({ rows: finite }),
} as const
