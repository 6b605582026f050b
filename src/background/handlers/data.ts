// data.*: the options page's "clear all data". Settings stay.
import type { Handlers } from '../../messaging/router.ts'
import { clearSession } from '../../platform/browser.ts'
import { clearAll } from '../../storage/retention.ts'
import { updateWaveNotices } from '../notices.ts'
import type { HandlerContext } from './context.ts'

export function dataHandlers({
  getDb,
  clock,
  memory,
}: HandlerContext): Pick<Handlers, 'data.clear'> {
  return {
    'data.clear': async () => {
      await clearAll(await getDb())
      memory.clear()
      // What the worker keeps in storage.session (open tabs per account, notice times) goes too.
      await clearSession()
      // autoLabelled stays: the labels are still in the webmail, and pressing one again removes it.
      await updateWaveNotices(await getDb(), clock(), false).catch(() => {})
      return { cleared: true }
    },
  }
}
