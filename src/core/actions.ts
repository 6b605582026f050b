// Cleanup actions on mails, as plain data shared by the page, the worker and the action log.

/** Actions on mails in the page: the webmail's own (archive...), or Relay Shield's hide/unhide. */
export const PAGE_ACTIONS = ['archive', 'spam', 'delete', 'label', 'hide', 'unhide'] as const
export type PageAction = (typeof PAGE_ACTIONS)[number]
export type WebmailAction = Exclude<PageAction, 'hide' | 'unhide'>
/** Per message: done, not in the page, tried and not done, or the user said no. */
export const ACTION_OUTCOMES = ['done', 'not-found', 'failed', 'cancelled'] as const
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number]
/** The action that undoes each action, where Relay Shield can undo it from the log. */
export const UNDO_ACTION: Partial<Record<PageAction, PageAction>> = { hide: 'unhide' }
export type ActionResults = Record<string, ActionOutcome>

/** One cleanup action and what it did to each message, kept for undo and for the record. */
export interface ActionLogEntry {
  account: string
  id: string
  action: PageAction
  waveId: string | null
  /** Per message id: done, not-found, failed, cancelled; empty while the action runs. */
  results: ActionResults
  /** The ids the action was asked to process, so an interrupted action can be resumed. */
  ids: string[]
  startedAt: number
  finishedAt: number | null
  undoneAt: number | null
}
