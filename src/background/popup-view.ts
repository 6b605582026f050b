// Everything the popup shows for one account, read from storage in one go.
import { popupView } from '../core/views/popup-view.ts'
import type { Database } from '../storage/db.ts'
import { recentActions } from '../storage/actions-repo.ts'
import { latestWave, storedAccounts, viewRows } from '../storage/popup-repo.ts'
import { busiestAccount } from './busiest-account.ts'
import type { PopupViewAnswer } from './handlers/context.ts'

/** Actions the popup lists for undo. */
const RECENT_ACTIONS = 10

/** The view of the account asked for, or of the busiest account when none is named. */
export async function computePopupView(
  db: Database,
  asked: string | undefined,
  now: number,
): Promise<PopupViewAnswer> {
  const accounts = await storedAccounts(db)
  const account = asked ?? (await busiestAccount(db, accounts))
  if (!account) return { accounts, view: null, actions: [] }
  const wave = await latestWave(db, account)
  const rows = await viewRows(db, account, wave, now)
  const actions = (await recentActions(db, account)).slice(0, RECENT_ACTIONS)
  return { accounts, view: popupView(account, wave, rows, now), actions }
}
