// A cleanup action (or its undo, or the automatic label) run in the account's webmail tab, logged
// before it runs: an action cut short by a killed worker stays visible, with its ids.
import type {
  ActionAnswer,
  ActionOutcome,
  ActionResults,
  ContentProtocol,
  PageAction,
} from '../messaging/protocol.ts'
import { folderAfter } from '../core/views/places.ts'
import { moveStoredPlaces } from '../storage/places-repo.ts'
import { MAX_ACTION_IDS, MAX_ACTION_SENDERS } from '../messaging/limits.ts'
import type { Database } from '../storage/db.ts'
import { recordProgress, startAction } from '../storage/actions-repo.ts'
import { firstAnswering, requestActions } from './tabs.ts'

export interface LoggedRun {
  account: string
  action: PageAction
  ids: string[]
  waveId: string | null
  confirmed: boolean
  dates?: Record<string, number>
  senders?: string[]
  /** No one asked for it in the tab (the automatic label): the page waits for an idle user. */
  automatic?: boolean
}

/**
 * Logs an action, runs it in the account's tab and records what the page answered. A `refused`
 * action (reporting turned off by an administrator) is logged as cancelled and never run.
 */
export async function runLoggedAction(
  db: Database,
  clock: () => number,
  run: LoggedRun,
  refused = false,
): Promise<ActionAnswer> {
  const { account, action, ids, waveId, confirmed, dates, senders, automatic } = run
  const entry = await startAction(db, {
    account,
    id: `${clock()}-${Math.random().toString(36).slice(2, 8)}`,
    action,
    waveId,
    ids,
    startedAt: clock(),
  })
  const request = {
    account,
    actionId: entry.id,
    action,
    ...bounded(ids, dates),
    confirmed,
    ...(automatic ? { automatic } : {}),
    ...(senders ? { senders: senders.slice(0, MAX_ACTION_SENDERS) } : {}),
  }
  const answer: ActionAnswer = refused
    ? { results: outcomeForAll(ids, 'cancelled'), tabId: null }
    : await runInTabs(account, request, ids)
  const { results } = answer
  // The page has reported its progress meanwhile; its answer is the last report. An answer without
  // a result for every mail (an automatic action waiting for the user to be idle) leaves the
  // action open: the page's later reports complete it.
  const complete = ids.every((id) => id in results)
  await recordProgress(db, account, entry.id, results, complete, clock())
  await followMoves(db, account, action, results)
  return answer
}

/** Outlook mails an action moved are counted in their new folder from now on. */
async function followMoves(
  db: Database,
  account: string,
  action: PageAction,
  results: ActionResults,
): Promise<void> {
  const folder = folderAfter(action)
  if (!folder || !account.startsWith('outlook:')) return
  const done = Object.keys(results).filter((id) => results[id] === 'done')
  await moveStoredPlaces(db, account, new Set(done), folder)
}

/** Runs the action in the account's most recently registered tab that shows the account. */
async function runInTabs(
  account: string,
  payload: ContentProtocol['actions.run'],
  ids: readonly string[],
): Promise<ActionAnswer> {
  const ran = await firstAnswering(account, (tabId) => requestActions(tabId, payload))
  return ran
    ? { ...ran.value, tabId: ran.tabId }
    : { results: outcomeForAll(ids, 'not-found'), tabId: null }
}

/**
 * The mails a page is asked about, with their dates: at most MAX_ACTION_IDS per request (the
 * page refuses more). Mails beyond get no result and leave the logged action unfinished.
 */
function bounded(
  ids: readonly string[],
  dates: Record<string, number> | undefined,
): { ids: string[]; dates?: Record<string, number> } {
  const asked = ids.slice(0, MAX_ACTION_IDS)
  if (!dates) return { ids: asked }
  const wanted = new Set(asked)
  return {
    ids: asked,
    dates: Object.fromEntries(Object.entries(dates).filter(([id]) => wanted.has(id))),
  }
}

function outcomeForAll(ids: readonly string[], outcome: ActionOutcome): ActionResults {
  return Object.fromEntries(ids.map((id) => [id, outcome]))
}
