// actions.*: the page's progress reports of a running action, undo, and the popup's undo list.
import { isCleanupAction, UNDO_ACTION } from '../../core/actions.ts'
import type { Handlers } from '../../messaging/router.ts'
import { getAction, markUndone, recentActions, recordProgress } from '../../storage/actions-repo.ts'
import { messageDates } from '../../storage/messages-repo.ts'
import { runLoggedAction } from '../logged-action.ts'
import type { HandlerContext } from './context.ts'

export function actionsHandlers({
  getDb,
  clock,
}: HandlerContext): Pick<Handlers, 'actions.progress' | 'actions.undo' | 'actions.recent'> {
  return {
    'actions.progress': async ({ account, actionId, results, finished }) => ({
      recorded: await recordProgress(await getDb(), account, actionId, results, finished, clock()),
    }),
    'actions.undo': async ({ account, actionId }) => {
      const db = await getDb()
      const entry = await getAction(db, account, actionId)
      if (!entry || entry.undoneAt !== null || !isCleanupAction(entry.action))
        return { results: {}, tabId: null, undoable: false }
      const ids = entry.ids.filter((id) => entry.results[id] === 'done')
      // The undo is an action of its own in the log: its progress survives a stopped worker.
      const undo = {
        account,
        action: UNDO_ACTION[entry.action],
        ids,
        waveId: entry.waveId,
        confirmed: true,
        dates: await messageDates(db, account, ids),
      }
      const answer = await runLoggedAction(db, clock, undo)
      if (Object.values(answer.results).includes('done'))
        await markUndone(db, account, actionId, clock())
      return { ...answer, undoable: true }
    },
    'actions.recent': async ({ account }) => ({
      entries: await recentActions(await getDb(), account),
    }),
  }
}
