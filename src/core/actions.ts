// Cleanup actions on mails, as plain data shared by the page, the worker and the action log.

/** The cleanup actions a user starts on a wave: the webmail's own (archive...), or hide. */
export const CLEANUP_ACTIONS = ['archive', 'spam', 'delete', 'label', 'hide'] as const
export type CleanupAction = (typeof CLEANUP_ACTIONS)[number]
/**
 * Actions on mails in the page: the cleanup actions and what undoes each. Undoing a move finds
 * the mails where the move put them (All Mail, Spam, Bin; Archive, Junk Email, Deleted Items)
 * and moves them back to the inbox; undoing the label takes it off again.
 */
export const PAGE_ACTIONS = [
  ...CLEANUP_ACTIONS,
  'unhide',
  'unarchive',
  'unspam',
  'undelete',
  'unlabel',
] as const
export type PageAction = (typeof PAGE_ACTIONS)[number]
export type WebmailAction = Exclude<PageAction, 'hide' | 'unhide'>
/** Per message: done, not in the page, tried and not done, or the user said no. */
export const ACTION_OUTCOMES = ['done', 'not-found', 'failed', 'cancelled'] as const
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number]
/** The action that undoes each cleanup action from the log. */
export const UNDO_ACTION = {
  hide: 'unhide',
  archive: 'unarchive',
  spam: 'unspam',
  delete: 'undelete',
  label: 'unlabel',
} as const satisfies Record<CleanupAction, PageAction>

/** The cleanup action an action undoes, or null when it is a cleanup action itself. */
export function undoneBy(action: PageAction): CleanupAction | null {
  return CLEANUP_ACTIONS.find((cleanup) => UNDO_ACTION[cleanup] === action) ?? null
}

export function isCleanupAction(action: PageAction): action is CleanupAction {
  return (CLEANUP_ACTIONS as readonly string[]).includes(action)
}
export type ActionResults = Record<string, ActionOutcome>

/**
 * Message keys of the question asked before the spam action, per webmail: Gmail reports (which
 * hurts the abused company's sending reputation); Outlook's spam action moves to Junk Email
 * without its "Report junk", which would also block each sender.
 */
export function spamConfirmKeys(webmail: 'gmail' | 'outlook') {
  return webmail === 'outlook'
    ? { title: 'junkConfirmTitle', why: 'junkConfirmBlocking', yes: 'junkConfirmYes' }
    : { title: 'reportConfirmTitle', why: 'reportConfirmHarm', yes: 'reportConfirmYes' }
}

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
